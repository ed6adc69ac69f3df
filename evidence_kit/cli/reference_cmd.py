"""`evidence-kit reference add|list|remove` and `evidence-kit matches`: finding her photos again.

    evidence-kit reference add FILE...     seal photos or videos to look for (always sensitive)
    evidence-kit reference list [--json]
    evidence-kit reference remove ID       stop looking for it (it stays sealed)
    evidence-kit matches [--json]          every picture in the vault that matches one of them

Only fingerprints are compared, on this computer; nothing is uploaded anywhere.
"""

from __future__ import annotations

from ..errors import BadInput
from ..i18n import tr
from ..timeutil import local_text

COMMANDS: dict = {}


def add_parser(add) -> None:
    p = add("reference", "help.reference")
    p.add_argument("action", choices=("add", "list", "remove"), metavar="ACTION",
                   help=tr("help.reference_action"))
    p.add_argument("paths", nargs="*", metavar="FILE|ID", help=tr("help.reference_paths"))
    add("matches", "help.matches")


def cmd_reference(ctx) -> int:
    return {"add": _add, "list": _list, "remove": _remove}[ctx.args.action](ctx)


def _quality_note(vault, item) -> tuple[int, int | None]:
    """(fingerprints, best quality) of a reference's files (fingerprinted now if they were not)."""
    from ..perceptual import cache_for, is_fingerprintable

    cache = cache_for(vault)
    n, best = 0, None
    for a in item.artifacts:
        if is_fingerprintable(a):
            cache.ensure(vault, item.id, a, dihedral=True)
            for _t, _h, q in cache.dihedral.get(a.sha256) or []:
                n += 1
                best = q if best is None else max(best, q)
    return n, best


def _not_usable_words(vault, item, best: int | None) -> str:
    """Why a reference cannot be looked for, in words."""
    from ..perceptual import MAX_DECODE_PIXELS, cache_for

    if best is not None:
        return tr("reference.too_plain")
    problems = cache_for(vault).problems
    if any(problems.get(a.sha256) == "too_large" for a in item.artifacts):
        return tr("reference.too_large", mp=MAX_DECODE_PIXELS // 1_000_000)
    return tr("reference.unreadable")


def _add(ctx) -> int:
    from .. import perceptual
    from ..files import collect_files
    from ..references import add_reference

    if not ctx.args.paths:
        raise BadInput("reference.need_files")
    files, skipped = collect_files(ctx.args.paths)      # bad paths fail before the passphrase
    vault = ctx.open_vault(writable=True)
    rows, failed = [], 0
    for path in files:
        try:
            item = add_reference(vault, path)
        except BadInput as exc:
            failed += 1
            ctx.err(tr("reference.add_failed", path=str(path), reason=exc.message()))
            continue
        n, best = _quality_note(vault, item)
        rows.append({"id": item.id, "exhibit": item.exhibit, "name": item.title, "fingerprints": n,
                     "quality": best, "usable": best is not None and best >= perceptual.MIN_QUALITY})
        if not ctx.json:
            ctx.out(tr("reference.added", exhibit=item.exhibit, id=item.id, name=item.title))
            if best is None or best < perceptual.MIN_QUALITY:
                ctx.out("  " + _not_usable_words(vault, item, best))
    for s in skipped:
        ctx.err(tr("import.skipped", path=s))
    perceptual.flush(vault)
    if ctx.json:
        ctx.print_json(rows)
    else:
        ctx.out(tr("reference.privacy"))
    return 1 if failed else 0


def _list(ctx) -> int:
    from ..perceptual import MIN_QUALITY, find_matches, references

    vault = ctx.open_vault(writable=False)
    refs = references(vault)
    counts: dict[str, int] = {}
    for m in find_matches(vault).matches:
        counts[m.reference_id] = counts.get(m.reference_id, 0) + 1
    rows = []
    for it in refs:
        n, best = _quality_note(vault, it)
        rows.append({"id": it.id, "exhibit": it.exhibit, "name": it.title, "added_at": it.captured_at,
                     "fingerprints": n, "quality": best,
                     "usable": best is not None and best >= MIN_QUALITY, "matches": counts.get(it.id, 0)})
    if ctx.json:
        ctx.print_json(rows)
        return 0
    if not rows:
        ctx.out(tr("reference.none"))
    for r in rows:
        ctx.out(tr("reference.line", exhibit=r["exhibit"], id=r["id"], name=r["name"],
                   at=local_text(r["added_at"]), matches=r["matches"]))
        if not r["usable"]:
            ctx.out("  " + _not_usable_words(vault, next(it for it in refs if it.id == r["id"]), r["quality"]))
    ctx.out("")
    ctx.out(tr("reference.privacy"))
    ctx.out(tr("reference.stopncii"))
    return 0


def _remove(ctx) -> int:
    from ..references import remove_reference

    if len(ctx.args.paths) != 1:
        raise BadInput("reference.need_id")
    vault = ctx.open_vault(writable=True)
    it = remove_reference(vault, ctx.args.paths[0])
    if ctx.json:
        ctx.print_json({"removed": it.id, "exhibit": it.exhibit})
    else:
        ctx.out(tr("reference.removed", exhibit=it.exhibit, name=it.title))
    return 0


def cmd_matches(ctx) -> int:
    from .. import perceptual
    from ..errors import VaultInUse
    from ..vault import Vault
    from .context import Progress

    vault = ctx.open_vault(writable=False)
    items = vault.items()
    todo = perceptual.missing(vault, items)
    if todo:
        bar = None if ctx.json else Progress(len(todo), tr("matches.progress"))

        def progress(done, total):
            if bar is not None:
                while bar.done < done:
                    bar.step()

        perceptual.fingerprint_missing(vault, progress=progress)
        if bar is not None:
            bar.finish()
        try:     # keep what was computed, if no other program is writing to the vault now
            writer = Vault(vault.path, vault.header, vault._master, writable=True)
            try:
                writer.write_cache(perceptual.CACHE, perceptual.cache_for(vault).to_record())
            finally:
                writer.close()
        except VaultInUse:
            pass
    report = perceptual.find_matches(vault, items=items)
    if ctx.json:
        ctx.print_json(report.to_dict())
        return 0
    names = {it.id: it.title for it in perceptual.references(vault, items)}
    for m in report.matches:
        where = m.artifact if m.frame_s is None else tr("matches.at_second", name=m.artifact, s=m.frame_s)
        ctx.out(tr("matches.line", exhibit=m.exhibit, id=m.item_id, artifact=where,
                   reference=m.reference_exhibit, name=names.get(m.reference_id, ""),
                   distance=m.distance, quality=m.quality))
        if m.transform != "original":
            ctx.out("    " + tr("matches.transformed", how=tr("matches.transform." + m.transform)))
    if not report.references:
        ctx.out(tr("matches.no_references"))
    else:
        ctx.out(tr("matches.summary", matches=len(report.matches), compared=report.compared,
                   references=report.references, threshold=perceptual.MATCH_DISTANCE))
    for rid in report.weak_references:
        ctx.out(tr("matches.weak_reference", name=names.get(rid, rid)))
    for rid in report.unreadable_references:
        ctx.out(tr("matches.unreadable_reference", name=names.get(rid, rid)))
    mp = perceptual.MAX_DECODE_PIXELS // 1_000_000
    for rid in report.too_large_references:
        ctx.out(tr("matches.too_large_reference", name=names.get(rid, rid), mp=mp))
    if report.unreadable:
        ctx.out(tr("matches.unreadable", count=report.unreadable))
    if report.too_large:
        ctx.out(tr("matches.too_large", count=report.too_large, mp=mp))
    if report.low_quality:
        ctx.out(tr("matches.low_quality", count=report.low_quality, min=perceptual.MIN_QUALITY))
    return 0


COMMANDS["reference"] = cmd_reference
COMMANDS["matches"] = cmd_matches
