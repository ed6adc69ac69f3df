"""`evidence-kit watch add|list|remove|run|schedule`: pages captured again and again.

    evidence-kit watch add URL [--every 6h] [--case NAME]
    evidence-kit watch list [--json] [--removed]
    evidence-kit watch remove URL
    evidence-kit watch run [--all] [--jobs N] [--browser PATH]
    evidence-kit watch schedule          how to run `watch run` from cron, systemd or Windows

`watch run` captures every watch that is due (every one with --all), seals each run as an
ordinary capture, records its change against the previous run, and says when a photo she is
looking for shows up. Exit 0 when every run was sealed, 1 when some page could not be captured.
"""

from __future__ import annotations

import concurrent.futures
import shlex
import sys
from pathlib import Path

from ..errors import BadInput, EvidenceKitError
from ..i18n import tr
from ..timeutil import local_text, to_iso

COMMANDS: dict = {}
ACTIONS = ("add", "list", "remove", "run", "schedule")


def add_parser(add) -> None:
    p = add("watch", "help.watch")
    p.add_argument("action", choices=ACTIONS, metavar="ACTION", help=tr("help.watch_action"))
    p.add_argument("url", nargs="?", metavar="URL", help=tr("help.watch_url"))
    p.add_argument("--every", metavar="TIME", help=tr("help.watch_every"))
    p.add_argument("--case", default=None, metavar="NAME", help=tr("help.opt_case"))
    p.add_argument("--all", action="store_true", help=tr("help.watch_all"))
    p.add_argument("--removed", action="store_true", help=tr("help.watch_removed"))
    p.add_argument("--jobs", type=int, default=2, metavar="N", help=tr("help.watch_jobs"))
    p.add_argument("--browser", metavar="PATH", help=tr("help.watch_browser"))


def cmd_watch(ctx) -> int:
    action = ctx.args.action
    return {"add": _add, "list": _list, "remove": _remove, "run": _run, "schedule": _schedule}[action](ctx)


def _url(ctx) -> str:
    from capture.urls import normalise_url

    text = ctx.args.url
    if not text:
        raise BadInput("watch.need_url", action=ctx.args.action)
    url = normalise_url(text)
    if url is None:
        raise BadInput("capture.bad_url", url=text)
    return url


def _add(ctx) -> int:
    from ..watches import add_watch, every_words, parse_every

    url = _url(ctx)
    every = parse_every(ctx.args.every) if ctx.args.every else None   # bad input before the passphrase
    vault = ctx.open_vault(writable=True)
    w, created = add_watch(vault, url, every_s=every, case=ctx.args.case)
    if ctx.json:
        ctx.print_json(_watch_json(w))
    else:
        key = "watch.added" if created else "watch.updated"
        ctx.out(tr(key, url=w["url"], every=every_words(w["every_s"]), id=w["id"]))
        if w.get("case"):
            ctx.out(tr("watch.in_case", case=w["case"]))
        ctx.out(tr("watch.add_hint"))
    return 0


def _remove(ctx) -> int:
    from ..watches import remove_watch

    from capture.urls import normalise_url

    text = (ctx.args.url or "").strip()
    if not text:
        raise BadInput("watch.need_url", action="remove")
    vault = ctx.open_vault(writable=True)
    w = remove_watch(vault, normalise_url(text) or text)        # an address, or a watch's id
    if ctx.json:
        ctx.print_json({"removed": w["id"], "url": w["url"]})
    else:
        ctx.out(tr("watch.removed", url=w["url"], runs=len(w["runs"])))
    return 0


def _watch_json(w: dict) -> dict:
    from ..watches import every_text, history, next_due, summary

    due = next_due(w)
    return {"id": w["id"], "url": w["url"], "every": every_text(w["every_s"]), "every_s": w["every_s"],
            "case": w.get("case", ""), "added_at": w["added_at"], "removed_at": w.get("removed_at"),
            "next_due_at": to_iso(due) if due else None, "summary": summary(w["runs"]),
            "history": history(w)}


def _list(ctx) -> int:
    from ..watches import change_words, every_words, is_due, next_due, summary, watches

    vault = ctx.open_vault(writable=False)
    ws = watches(vault, removed=ctx.args.removed)
    if ctx.json:
        ctx.print_json([_watch_json(w) for w in ws])
        return 0
    if not ws:
        ctx.out(tr("watch.none"))
        return 0
    for w in ws:
        ctx.out(f"{w['id']}  {every_words(w['every_s'])}  {w['url']}")
        if w.get("case"):
            ctx.out("    " + tr("watch.in_case", case=w["case"]))
        if w.get("removed_at"):
            ctx.out("    " + tr("watch.was_removed", at=local_text(w["removed_at"])))
        if not w["runs"]:
            ctx.out("    " + tr("watch.never_run"))
        else:
            last = w["runs"][-1]
            ctx.out("    " + tr("watch.last_run", at=local_text(last["at"]), exhibit=last.get("exhibit", ""),
                                 change=change_words(last)))
            s = summary(w["runs"])
            if s["first_seen"]:
                ctx.out("    " + tr("watch.seen", runs=s["runs"], first=local_text(s["first_seen"]),
                                     last=local_text(s["last_seen"])))
            for r in s["removed"]:
                ctx.out("    " + tr("watch.removed_between", after=local_text(r["after"]),
                                     before=local_text(r["before"])))
        if not w.get("removed_at"):
            due = next_due(w)
            ctx.out("    " + (tr("watch.due_now") if is_due(w) else
                              tr("watch.next_due", at=local_text(due))))
    return 0


def _options(ctx, vault=None):
    """Capture options for watch runs: the route (proxy, Tor) the vault's Settings or
    EVIDENCE_KIT_PROXY name, as for any capture."""
    from capture import CaptureOptions
    from capture.route import choose

    jobs = ctx.args.jobs
    if jobs is None or not 1 <= jobs <= 8:
        raise BadInput("capture.bad_number", option="--jobs", low=1, high=8)
    proxy = choose(None, setting=vault.settings().get("proxy") if vault is not None else None)
    return CaptureOptions(jobs=jobs, proxy=proxy.url if proxy else None)


def _run(ctx) -> int:
    from capture import CaptureService, find_browser

    from .. import perceptual
    from ..watches import due_watches, next_due, record_run, watches
    from .capture_cmd import _Quiet
    from .context import Progress

    _options(ctx)                                   # bad input before any secret is asked
    vault = ctx.open_vault(writable=True)
    options = _options(ctx, vault)
    chosen = watches(vault) if ctx.args.all else due_watches(vault)
    if not chosen:
        if ctx.json:
            ctx.print_json([])
        else:
            upcoming = sorted((next_due(w), w["url"]) for w in watches(vault) if next_due(w))
            if not watches(vault):
                ctx.out(tr("watch.none"))
            elif upcoming:
                ctx.out(tr("watch.nothing_due", at=local_text(upcoming[0][0]), url=upcoming[0][1]))
        return 0
    info = find_browser(ctx.args.browser, vault.settings().get("browser"))
    service = CaptureService(vault, options, browser=info)
    with _Quiet():
        service.start()
    progress = Progress(len(chosen), tr("watch.progress"))
    futures = {service.submit(w["url"], case=w.get("case", "")): w for w in chosen}
    rows, failed = [], 0
    try:
        for fut in concurrent.futures.as_completed(futures):
            w = futures[fut]
            row, ok = _one_run(ctx, vault, w, fut, record_run, perceptual)
            rows.append(row)
            failed += 0 if ok else 1
            progress.step(w["url"])
    except KeyboardInterrupt:
        progress.finish()
        ctx.err(tr("capture.stopping"))
        service.close(cancel=True)
        ctx.err(tr("error.interrupted"))
        return 130
    progress.finish()
    service.close()
    perceptual.flush(vault)
    if ctx.json:
        ctx.print_json(rows)
    else:
        ctx.out(tr("watch.run_summary", total=len(chosen), sealed=len(chosen) - failed, failed=failed))
    return 1 if failed else 0


def _one_run(ctx, vault, w, fut, record_run, perceptual) -> tuple[dict, bool]:
    from ..watches import change_words

    try:
        result = fut.result()
    except (EvidenceKitError, concurrent.futures.CancelledError) as exc:
        reason = exc.message() if isinstance(exc, EvidenceKitError) else tr("capture.stage.failed")
        if not ctx.json:
            ctx.err(tr("watch.run_failed", url=w["url"], reason=reason))
        return {"watch": w["id"], "url": w["url"], "status": "failed", "stored": False,
                "error": reason}, False
    item = result.item
    run = record_run(vault, w["id"], item)
    found = perceptual.find_matches(vault, item_ids=[item.id]).matches if item.status == "sealed" else []
    row = {"watch": w["id"], "url": w["url"], "item": item.id, "exhibit": item.exhibit,
           "at": run["at"], "http_status": item.http_status, "status": item.status,
           "change": run["change"], "what": run.get("what") or {}, "words": change_words(run),
           "matches": [m.to_dict() for m in found]}
    if not ctx.json:
        ctx.out(tr("watch.run_line", exhibit=item.exhibit, change=change_words(run), url=w["url"]))
        for m in found:
            ctx.out("  " + tr("watch.run_match", exhibit=m.exhibit, artifact=m.artifact,
                              reference=m.reference_exhibit, distance=m.distance))
    return row, item.status == "sealed"


def _schedule(ctx) -> int:
    """Ready-to-use lines for the system's scheduler, with this machine's paths."""
    exe = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0].endswith("evidence-kit") else None
    program = str(exe) if exe else f"{sys.executable} -m evidence_kit.cli.main"
    vault = str(ctx.vault_path)
    pf = str(Path.home() / ".evidence-kit-passphrase")
    cmd = f"{program} --vault {shlex.quote(vault)} --passphrase-file {shlex.quote(pf)} watch run"
    ctx.out(tr("watch.schedule_intro"))
    ctx.out("")
    ctx.out(tr("watch.schedule_passphrase", file=pf))
    ctx.out("")
    ctx.out(tr("watch.schedule_cron"))
    ctx.out(f"    */30 * * * * {cmd} >/dev/null 2>&1")
    ctx.out("")
    ctx.out(tr("watch.schedule_systemd"))
    ctx.out("    ~/.config/systemd/user/evidence-kit-watch.service:")
    ctx.out("        [Service]")
    ctx.out("        Type=oneshot")
    ctx.out(f"        ExecStart={cmd}")
    ctx.out("        StandardOutput=null")
    ctx.out("        StandardError=null")
    ctx.out("    ~/.config/systemd/user/evidence-kit-watch.timer:")
    ctx.out("        [Timer]")
    ctx.out("        OnCalendar=*:0/30")
    ctx.out("        Persistent=true")
    ctx.out("        [Install]")
    ctx.out("        WantedBy=timers.target")
    ctx.out("    systemctl --user enable --now evidence-kit-watch.timer")
    ctx.out("")
    ctx.out(tr("watch.schedule_windows"))
    ctx.out('    schtasks /Create /SC MINUTE /MO 30 /TN "Evidence Kit watch" /TR '
            '"evidence-kit --passphrase-file %USERPROFILE%\\.evidence-kit-passphrase watch run"')
    ctx.out("")
    ctx.out(tr("watch.schedule_output"))
    ctx.out(tr("watch.schedule_app"))
    return 0


COMMANDS["watch"] = cmd_watch
