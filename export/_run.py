"""Running one export: choose the items, build the document in memory, stream it to a hidden
sibling of the target, rename it into place, and record the export in the custody log."""

from __future__ import annotations

from pathlib import Path

from evidence_kit.errors import BadInput, EvidenceKitError
from evidence_kit.i18n import normalise

from . import KINDS, PAPERS, ExportResult
from .common import dossier_id, now, safe_output, select, wrap_error
from .privacy import for_export


def court_file_name(did: str) -> str:
    return f"court-dossier-{did}.pdf"


def run_export(vault, kind, out_path, item_ids=None, *, case=None, lang="en", paper="a4",
               include_sensitive=False, overwrite=False, progress=None,
               include_paths=False) -> ExportResult:
    if kind not in KINDS:
        raise BadInput("ex.error.bad_kind", kind=str(kind))
    if paper not in PAPERS:
        raise BadInput("ex.error.bad_paper", paper=str(paper))
    lang = normalise(lang) or "en"
    vault.require_writable()           # the export goes into the custody log
    include_sensitive = bool(include_sensitive) and kind != "platform"
    sel = select(vault, case=case, item_ids=item_ids)
    sel.items = for_export(sel.items, include_paths=bool(include_paths))
    at = now()
    did = dossier_id(vault, kind, sel.ids, at)
    n = len(sel.items)
    out_path = Path(out_path).expanduser()
    pdf_sha = ""
    try:
        with safe_output(out_path, overwrite=overwrite) as out:
            if kind == "court":
                from . import court

                pdf = court.build(vault, sel, lang=lang, paper=paper, include_sensitive=include_sensitive,
                                  dossier_id=did, prepared_at=at, progress=progress, total_steps=n + 1)
                out.write(pdf)
            elif kind == "platform":
                from . import platform_report

                pdf = platform_report.build(vault, sel, lang=lang, paper=paper, report_id=did,
                                            prepared_at=at, progress=progress)
                out.write(pdf)
            else:
                from . import bundle, court

                total = 2 * n + 1
                pdf = court.build(vault, sel, lang=lang, paper=paper, include_sensitive=include_sensitive,
                                  dossier_id=did, prepared_at=at, progress=progress, total_steps=total)
                import hashlib

                pdf_sha = hashlib.sha256(pdf).hexdigest()
                bundle.write_bundle(out, vault, sel, lang=lang, include_sensitive=include_sensitive,
                                    dossier_id=did, prepared_at=at, court_pdf=pdf,
                                    court_name=court_file_name(did), progress=progress,
                                    step_offset=n, total_steps=total)
                del pdf
            sha, size = out.sha.hexdigest(), out.size
    except EvidenceKitError:
        raise
    except KeyboardInterrupt:
        raise
    except Exception as exc:           # reportlab, Pillow, zipfile: words, not a traceback
        raise wrap_error(exc) from exc
    details = {"kind": kind, "include_sensitive": include_sensitive, "sha256": sha, "size": size,
               "dossier_id": did, "language": lang, "paper": paper, "file_name": out_path.name}
    if include_paths:
        details["include_paths"] = True
    if pdf_sha:
        details["court_pdf_sha256"] = pdf_sha
    try:
        vault.log_event("exported", items=sel.ids, details=details)
    except BaseException:
        # an export the custody log does not know of must not exist
        try:
            out_path.unlink()
        except OSError:
            pass
        raise
    if progress:
        progress(1, 1)
    return ExportResult(kind=kind, path=out_path, sha256=sha, size=size, dossier_id=did,
                        exhibits=[i.exhibit for i in sel.items], include_sensitive=include_sensitive,
                        pdf_sha256=pdf_sha)
