"""Running one export: choose the items, build the document(s) in memory, stream each to a hidden
sibling of its target, rename them into place all together, and record the export in the custody
log.

One export can make several files: a court dossier cut into volumes (`max_size`), and the
platform report, which is one file per platform (a report sent to Telegram never shows her
Instagram or VK items).

Every PDF made is signed (PAdES, `signing.py`) before it is hashed and written, and the custody
log's head is time-stamped before the items are read."""

from __future__ import annotations

import hashlib
from pathlib import Path

from evidence_kit.errors import BadInput, EvidenceKitError
from evidence_kit.i18n import normalise

from . import KINDS, PAPERS, ExportedFile, ExportResult, signing
from .privacy import for_export
from .common import check_target, dossier_id, now, safe_output, safe_outputs, select, wrap_error

# room kept in each volume for its signature (a PAdES signature with a time stamp is ~35 KiB)
SIGNATURE_ROOM = 96 * 1024


def court_file_name(did: str) -> str:
    return f"court-dossier-{did}.pdf"


def volume_path(out: Path, n: int, total: int) -> Path:
    """dossier.pdf -> dossier-vol1of3.pdf"""
    return out.with_name(f"{out.stem}-vol{n}of{total}{out.suffix or '.pdf'}")


def platform_path(out: Path, key: str) -> Path:
    """report.pdf -> report-telegram.pdf (or report-example.org.pdf for another site)"""
    safe = "".join(ch if ch.isalnum() or ch in ".-" else "_" for ch in key)
    return out.with_name(f"{out.stem}-{safe}{out.suffix or '.pdf'}")


def _max_bytes(max_size) -> int | None:
    if max_size is None:
        return None
    try:
        mb = float(max_size)
    except (TypeError, ValueError):
        raise BadInput("ex.error.bad_max_size", value=str(max_size)) from None
    if not mb >= 1:
        raise BadInput("ex.error.bad_max_size", value=str(max_size))
    return int(mb * 1_000_000)


def run_export(vault, kind, out_path, item_ids=None, *, case=None, lang="en", paper="a4",
               include_sensitive=False, overwrite=False, progress=None, max_size=None,
               platform=None, include_paths=False, chat_messages="marked") -> ExportResult:
    if kind not in KINDS:
        raise BadInput("ex.error.bad_kind", kind=str(kind))
    if paper not in PAPERS:
        raise BadInput("ex.error.bad_paper", paper=str(paper))
    max_bytes = _max_bytes(max_size)
    if max_bytes is not None and kind != "court":
        raise BadInput("ex.error.max_size_kind", kind=kind)
    if platform is not None and kind != "platform":
        raise BadInput("ex.error.platform_kind", kind=kind)
    if chat_messages not in ("marked", "all"):
        raise BadInput("ex.error.bad_chat_messages", value=str(chat_messages))
    lang = normalise(lang) or "en"
    vault.require_writable()           # the export goes into the custody log
    include_sensitive = bool(include_sensitive) and kind != "platform"
    sel = select(vault, case=case, item_ids=item_ids)
    sel.chat_all = chat_messages == "all"
    sel.items = for_export(sel.items, include_paths=bool(include_paths))
    if any(i.source == "reference" for i in sel.items):      # select() leaves them out: never here
        raise BadInput("ex.error.only_references")
    out_path = Path(out_path).expanduser()
    check_target(out_path, overwrite=overwrite)
    head = signing.stamp_head(vault, sel)            # the custody log's head gets a trusted time
    at = now()
    if kind == "platform":
        result = _platform_reports(vault, sel, out_path, lang=lang, paper=paper, at=at, platform=platform,
                                   overwrite=overwrite, progress=progress, head=head,
                                   include_paths=bool(include_paths))
        result.references_left_out = sel.left_out
        return result
    did = dossier_id(vault, kind, sel.ids, at)
    n = len(sel.items)
    pdf_sha = ""
    files: list[ExportedFile] = []
    signatures: list[dict | None] = []
    try:
        if kind == "court":
            from . import court

            dossier = court.CourtDossier(vault, sel, lang=lang, paper=paper, include_sensitive=include_sensitive,
                                         dossier_id=did, prepared_at=at, progress=progress, total_steps=n + 1)
            docs = (court.build_volumes(dossier, max(max_bytes - SIGNATURE_ROOM, max_bytes // 2))
                    if max_bytes else [dossier.build()])
            for k, pdf in enumerate(docs):
                docs[k], sig = signing.sign(vault, pdf, kind, lang)
                signatures.append(sig)
            if max_bytes and any(len(d) > max_bytes for d in docs):    # the signature did not fit
                raise BadInput("ex.error.volume_too_small", exhibit="—", limit=f"{max_bytes / 1e6:.1f}",
                               need=f"{max(len(d) for d in docs) / 1e6:.1f}")
            paths = [out_path] if len(docs) == 1 else [volume_path(out_path, k, len(docs))
                                                      for k in range(1, len(docs) + 1)]
            with safe_outputs(paths, overwrite=overwrite) as outs:
                for path, out, pdf in zip(paths, outs, docs):
                    out.write(pdf)
                    files.append(ExportedFile(path, "", len(pdf), did, [i.exhibit for i in sel.items]))
                del docs
                for f, out in zip(files, outs):
                    f.sha256 = out.sha.hexdigest()
        else:
            with safe_output(out_path, overwrite=overwrite) as out:
                pdf_sha, sig = write_bundle_into(out, vault, sel, lang=lang, paper=paper,
                                                 include_sensitive=include_sensitive, did=did, at=at,
                                                 progress=progress)
                signatures.append(sig)
                files.append(ExportedFile(out_path, "", 0, did, [i.exhibit for i in sel.items]))
            files[0].sha256, files[0].size = out.sha.hexdigest(), out.size
    except EvidenceKitError:
        raise
    except KeyboardInterrupt:
        raise
    except Exception as exc:           # reportlab, Pillow, zipfile: words, not a traceback
        raise wrap_error(exc) from exc
    details = {"kind": kind, "include_sensitive": include_sensitive, "dossier_id": did, "language": lang,
               "paper": paper}
    if sel.chat_all:
        details["chat_messages"] = "all"
    if len(files) == 1:
        details.update(sha256=files[0].sha256, size=files[0].size, file_name=files[0].path.name)
    else:
        details.update(max_size_bytes=max_bytes,
                       volumes=[{"file_name": f.path.name, "sha256": f.sha256, "size": f.size} for f in files])
    if include_paths:
        details["include_paths"] = True
    if pdf_sha:
        details["court_pdf_sha256"] = pdf_sha
    details.update(signing.details(signatures[0] if signatures else None, head))
    if len(signatures) > 1:
        details["pdf_signatures"] = [signing.details(sg, None).get("pdf_signature") for sg in signatures]
    _log(vault, sel.ids, details, files)
    _finished(progress)
    first = files[0]
    return ExportResult(kind=kind, path=first.path, sha256=first.sha256, size=first.size, dossier_id=did,
                        exhibits=[i.exhibit for i in sel.items], include_sensitive=include_sensitive,
                        pdf_sha256=pdf_sha, files=files, references_left_out=sel.left_out)


def write_bundle_into(out, vault, sel, *, lang, paper, include_sensitive, did, at, progress=None):
    """The verification bundle, streamed into the binary file object `out`: the court dossier is
    built and signed, then the bundle written around it. Returns (the PDF's SHA-256, its signature's
    details). `export --kind bundle` writes it to a file; `share` into the age encryption."""
    from . import bundle, court

    n = len(sel.items)
    total = 2 * n + 1
    pdf = court.build(vault, sel, lang=lang, paper=paper, include_sensitive=include_sensitive,
                      dossier_id=did, prepared_at=at, progress=progress, total_steps=total)
    pdf, sig = signing.sign(vault, pdf, "court", lang)
    pdf_sha = hashlib.sha256(pdf).hexdigest()
    bundle.write_bundle(out, vault, sel, lang=lang, include_sensitive=include_sensitive,
                        dossier_id=did, prepared_at=at, court_pdf=pdf,
                        court_name=court_file_name(did), progress=progress,
                        step_offset=n, total_steps=total)
    return pdf_sha, sig


def _finished(progress) -> None:
    """The last progress report. The files are written and the export is in the custody log: a
    'stop' that arrives now is too late, and must not make a finished export look stopped."""
    if progress:
        try:
            progress(1, 1)
        except Exception:  # noqa: BLE001
            pass


def _log(vault, ids, details, files) -> None:
    """Record the export; an export the custody log does not know of must not exist."""
    try:
        vault.log_event("exported", items=ids, details=details)
    except BaseException:
        for f in files:
            try:
                f.path.unlink()
            except OSError:
                pass
        raise


def _platform_reports(vault, sel, out_path: Path, *, lang, paper, at, platform, overwrite, progress,
                      head=None, include_paths=False) -> ExportResult:
    """One report per platform (or per site, for the rest of the web): each file shows only the
    items on its platform. With `platform`, only that one, written at `out_path`."""
    from .platform import report as platform_report

    groups = platform_report.split(sel)
    if platform is not None:
        key = platform_report.platform_key(platform)
        if key not in groups:
            raise BadInput("ex.error.no_items_on_platform", platform=platform,
                           found=", ".join(groups) or "—")
        groups = {key: groups[key]}
    if not groups:
        raise BadInput("ex.error.no_web_items")
    keys = list(groups)
    paths = [out_path] if len(keys) == 1 else [platform_path(out_path, k) for k in keys]
    files: list[ExportedFile] = []
    done, total = 0, sum(len(g.items) for g in groups.values()) + 1

    def step(d, t):
        if progress:
            progress(done + min(d, len(groups[key].items)), total)

    signatures: dict[str, dict | None] = {}
    try:
        docs = []
        for key in keys:
            sub = groups[key]
            rid = dossier_id(vault, "platform", sub.ids, at)
            pdf = platform_report.build(vault, sub, lang=lang, paper=paper, report_id=rid, prepared_at=at,
                                        progress=step, platform=key)
            pdf, sig = signing.sign(vault, pdf, "platform", lang)
            signatures[key] = sig
            docs.append((rid, sub, pdf))
            done += len(sub.items)
        with safe_outputs(paths, overwrite=overwrite) as outs:
            for path, out, (rid, sub, pdf) in zip(paths, outs, docs):
                out.write(pdf)
                files.append(ExportedFile(path, out.sha.hexdigest(), len(pdf), rid, [i.exhibit for i in sub.items],
                                          platform=keys[len(files)]))
            del docs
    except EvidenceKitError:
        raise
    except KeyboardInterrupt:
        raise
    except Exception as exc:
        raise wrap_error(exc) from exc
    for f in files:     # one entry per report: which items went to which platform
        sub = groups[f.platform]
        details = {"kind": "platform", "include_sensitive": False, "sha256": f.sha256, "size": f.size,
                   "dossier_id": f.dossier_id, "language": lang, "paper": paper,
                   "file_name": f.path.name, "platform": f.platform}
        details.update(signing.details(signatures.get(f.platform), head))
        if include_paths:
            details["include_paths"] = True
        _log(vault, sub.ids, details, [f])
    _finished(progress)
    first = files[0]
    return ExportResult(kind="platform", path=first.path, sha256=first.sha256, size=first.size,
                        dossier_id=first.dossier_id, exhibits=[e for f in files for e in f.exhibits],
                        files=files)
