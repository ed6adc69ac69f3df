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
