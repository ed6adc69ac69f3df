"""Claim PDF/A-2b only for a file that is one.

Every dossier and report is written declaring PDF/A-2b in its XMP metadata, then the written
bytes are checked with pikepdf's PDF/A validator (an allowlist: it approves only what it knows to
conform). A document that does not pass is written again without the claim, so no file says it
is PDF/A-2b unless it was checked to be. Without pikepdf's validator installed, nothing is
claimed."""

from __future__ import annotations

import io
import logging

log = logging.getLogger(__name__)
FLAVOUR = "2b"


def conforms(pdf: bytes) -> bool:
    try:
        from pikepdf import pdfa
    except ImportError:
        return False
    try:
        report = pdfa.validate_written(io.BytesIO(pdf), FLAVOUR)
    except Exception:  # noqa: BLE001  (a validator that cannot read the file approves nothing)
        return False
    if not report.passed:
        log.warning("a document did not pass the PDF/A-%s check and is written without the claim: %s",
                    FLAVOUR, "; ".join(str(f) for f in report.findings[:3]))
    return bool(report.passed)


def available() -> bool:
    try:
        from pikepdf import pdfa  # noqa: F401
    except ImportError:
        return False
    return True


def signed_problems(pdf: bytes) -> list[str]:
    """What keeps a *signed* document from being PDF/A-2b, in words for a developer ([] if nothing).

    A signature is added as an incremental update (export/pdfsign.py), so the document as it was
    validated is still the file's first revision, byte for byte. pikepdf's validator does not
    support interactive forms, and a signature is one (a signature field in /AcroForm), which
    PDF/A-2 permits (ISO 19005-2, 6.4.3). So: the first revision must pass the validator; the
    whole file may have no finding but that one 'unsupported' /AcroForm; and its form may hold
    only signature fields, without NeedAppearances."""
    try:
        import pikepdf
        from pikepdf import pdfa
    except ImportError:
        return ["pikepdf's PDF/A validator is not installed"]
    end = pdf.find(b"%%EOF")
    if end < 0:
        return ["no end of file marker"]
    first = pdf[:end + 5] + (b"\n" if pdf[end + 5:end + 6] == b"\n" else b"")
    out = []
    report = pdfa.validate_written(io.BytesIO(first), FLAVOUR)
    out += [f"first revision: {f}" for f in report.findings]
    if len(first) == len(pdf):
        return out            # not signed: the first revision is the whole file
    report = pdfa.validate_written(io.BytesIO(pdf), FLAVOUR)
    for f in report.findings:
        if not (f.kind == "unsupported" and "/AcroForm" in str(f)):
            out.append(f"signed file: {f}")
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        form = doc.Root.get("/AcroForm")
        if form is not None:
            if bool(form.get("/NeedAppearances", False)):
                out.append("the form asks readers to make appearances (NeedAppearances)")
            for field in form.get("/Fields", []):
                if field.get("/FT") != pikepdf.Name.Sig:
                    out.append(f"a form field that is not a signature: {field.get('/FT')}")
    return out
