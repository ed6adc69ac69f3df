"""`evidence-kit capture URL... [--from FILE] [--case NAME] [--jobs N]`: a thin user of CaptureService.

Exit codes: 0 every page sealed; 1 some page could not be reached (it is recorded as not captured)
or could not be stored; 2 bad input (a malformed address: which one is said); 3 wrong passphrase;
4 vault problems; 5 no browser. Ctrl-C: sealed items stay, the one in flight is discarded (130).
"""

from __future__ import annotations

import concurrent.futures
import os
import signal
import threading

from ..errors import BadInput, EvidenceKitError
from ..i18n import tr

COMMANDS: dict = {}


def add_parser(add) -> None:
    p = add("capture", "help.capture")
    p.add_argument("urls", nargs="*", metavar="URL", help=tr("help.capture_urls"))
    p.add_argument("--from", dest="from_file", metavar="FILE", help=tr("help.opt_from"))
    p.add_argument("--case", default="", metavar="NAME", help=tr("help.opt_case"))
    p.add_argument("--jobs", type=int, default=2, metavar="N", help=tr("help.opt_jobs"))
    p.add_argument("--viewport", default="1366x900", metavar="WxH", help=tr("help.opt_viewport"))
    p.add_argument("--timeout", type=float, default=90.0, metavar="S", help=tr("help.opt_timeout"))
    p.add_argument("--first-response-timeout", type=float, default=30.0, metavar="S",
                   help=tr("help.opt_first_response"))
    p.add_argument("--max-height", type=int, default=40_000, metavar="PX", help=tr("help.opt_max_height"))
    p.add_argument("--browser", metavar="PATH", help=tr("help.opt_browser"))
    p.add_argument("--no-pdf", action="store_true", help=tr("help.opt_no_pdf"))
    p.add_argument("--keep-overlays", action="store_true", help=tr("help.opt_keep_overlays"))
    p.add_argument("--proxy", metavar="URL", help=tr("help.opt_proxy"))
    p.add_argument("--no-proxy", action="store_true", help=tr("help.opt_no_proxy"))
    p.add_argument("--session", metavar="NAME", help=tr("help.opt_session"))


def _number(option: str, value, low, high):
    if value is None or not (low <= value <= high):
        raise BadInput("capture.bad_number", option=option, low=low, high=high)
    return value


def _viewport(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise BadInput("capture.bad_viewport") from None
    if not (320 <= w <= 4000 and 320 <= h <= 4000):
        raise BadInput("capture.bad_viewport")
    return w, h


def _options(args, proxy: str | None = None):
    from capture import CaptureOptions

    return CaptureOptions(
        proxy=proxy, session=args.session,
        jobs=_number("--jobs", args.jobs, 1, 8),
        viewport=_viewport(args.viewport),
        total_timeout=_number("--timeout", args.timeout, 5, 3600),
        first_response_timeout=_number("--first-response-timeout", args.first_response_timeout, 1, 600),
        max_height=_number("--max-height", args.max_height, 1000, 200_000),
        pdf=not args.no_pdf, remove_consent=not args.keep_overlays)


class _Quiet:
    """Ctrl-C ignored while the browser starts, so that the driver process (which shares our
    terminal) inherits that and a Ctrl-C reaches only us: we then stop it and the browser in order."""

    def __enter__(self):
        self.main = threading.current_thread() is threading.main_thread()
        self.old = signal.signal(signal.SIGINT, signal.SIG_IGN) if self.main else None
        return self

    def __exit__(self, *exc):
        if self.main:
            signal.signal(signal.SIGINT, self.old)


def _prepare(ctx, args):
    """Unlock the vault while the browser starts (each takes about 0.4 s of two cores' time),
    then check that the browser and proxy the vault's settings ask for are the ones started. The
    unlock starts first, on its own thread (Argon2 lets go of Python's lock), so that it also
    overlaps loading Playwright; no page is opened before the vault's settings are known."""
    from capture.route import choose

    from ..vault import Vault

    proxy = choose(args.proxy, no_proxy=args.no_proxy)        # bad input before any secret is asked
    explicit = bool(args.browser or os.environ.get("EVIDENCE_KIT_BROWSER"))
    Vault.read_header(ctx.vault_path)                         # "no vault here" before launching
    passphrase = ctx.unlock_secret()
    unlocking = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="unlock")
    opened = unlocking.submit(ctx.open_vault, writable=True, secret=passphrase)
    unlocking.shutdown(wait=False)
    service = None
    try:
        from capture import CaptureService, find_browser

        info = find_browser(args.browser)
        service = CaptureService(None, _options(args, proxy.url if proxy else None), browser=info)
        with _Quiet():
            launched = service.launch_soon()
            vault = opened.result()                           # a wrong passphrase is raised here
            service.wait_spawned(10.0)        # the driver has inherited the ignored Ctrl-C
        setting_proxy = None if (args.proxy or args.no_proxy or os.environ.get("EVIDENCE_KIT_PROXY")) \
            else choose(None, setting=vault.settings().get("proxy"))
        setting_browser = None if explicit else vault.settings().get("browser")
        if args.session:
            from ..sessions import load_session

            load_session(vault, args.session)                 # a session that is not there: say so now
        launched.result()
    except BaseException:
        if service is not None:
            service.close(cancel=True)
        concurrent.futures.wait([opened])                     # no vault left open behind our back
        raise
    if setting_proxy is not None or (setting_browser and find_browser(setting=setting_browser).path != info.path):
        # the app's Settings name another route or browser: start that one instead (nothing was
        # opened with the first)
        service.close(cancel=True)
        if setting_browser:
            info = find_browser(setting=setting_browser)
        chosen = setting_proxy or proxy
        service = CaptureService(vault, _options(args, chosen.url if chosen else None),
                                 browser=info)
        with _Quiet():
            service.start()
    service.vault = vault
    return vault, service


def cmd_capture(ctx) -> int:
    from capture.urls import collect_urls

    from .context import Progress

    args = ctx.args
    urls = collect_urls(args.urls, args.from_file)           # bad input before any secret is asked
    if not urls:
        raise BadInput("capture.no_urls")
    _options(args)                                            # bad numbers, too
    vault, service = _prepare(ctx, args)
    if not ctx.json:
        d = service.browser_description
        ctx.err(tr("capture.using_browser", browser=d.get("name", ""), version=d.get("version", "")))
    proxy = service.options.route          # the route is said even with --json (on stderr)
    ctx.route = (proxy,)                   # the items' trusted time is asked for the same way
    if proxy is not None:
        ctx.err(tr("capture.using_tor" if proxy.looks_like_tor else "capture.using_proxy", proxy=proxy.server))
    if args.session:
        ctx.err(tr("capture.using_session", name=args.session))
        ctx.err(tr("capture.session_warning"))
    progress = Progress(len(urls), tr("capture.progress"))
    futures = [service.submit(u, case=args.case) for u in urls]
    service.finish_then_close()           # all are queued: the browser closes as the last is sealed
    outcome: dict[int, tuple] = {}
    try:
        pending = set(futures)
        while pending:
            done, pending = concurrent.futures.wait(pending, timeout=0.25,
                                                    return_when=concurrent.futures.FIRST_COMPLETED)
            for f in done:
                i = futures.index(f)
                try:
                    r = f.result()
                    outcome[i] = ("result", r)
                    state = (f"HTTP {r.http_status}" if r.ok else tr("capture.stage.failed"))
                except EvidenceKitError as exc:
                    outcome[i] = ("error", exc)
                    state = tr("capture.stage.failed")
                except concurrent.futures.CancelledError:
                    outcome[i] = ("cancelled", None)
                    state = tr("capture.stage.failed")
                progress.step(f"{state}  {urls[i]}")
    except KeyboardInterrupt:
        progress.finish()
        ctx.err(tr("capture.stopping"))
        service.close(cancel=True)
        _report_temp_left(ctx, service)
        _report(ctx, urls, outcome, interrupted=True)
        ctx.err(tr("error.interrupted"))
        return 130
    progress.finish()
    service.close()
    _report_temp_left(ctx, service)
    return _report(ctx, urls, outcome)


def _report_temp_left(ctx, service) -> None:
    for path in getattr(service, "temp_left_behind", []):
        ctx.err(tr("capture.warn.temp_left", path=path))


def _report(ctx, urls: list[str], outcome: dict[int, tuple], *, interrupted: bool = False) -> int:
    sealed = failed = 0
    rows = []
    for i, url in enumerate(urls):
        kind, val = outcome.get(i, ("cancelled", None))
        if kind == "result" and val.item is not None:
            item = val.item
            rows.append(item.to_dict())
            if val.ok:
                sealed += 1
                if not ctx.json:
                    ctx.out(tr("capture.line_sealed", exhibit=item.exhibit, id=item.id,
                               status=item.http_status, url=url))
                    for g in val.gaps:
                        ctx.out(tr("capture.line_gap", text=tr(g["key"], **g["params"])))
            else:
                failed += 1
                if not ctx.json:
                    ctx.out(tr("capture.line_failed", exhibit=item.exhibit, id=item.id, url=url,
                               reason=tr(val.error_key or "capture.err.other", **(_params(item)))))
        elif kind == "error":
            failed += 1
            rows.append({"url": url, "status": "failed", "error": val.message("en"), "error_key": val.key,
                         "stored": False})
            if not ctx.json:
                ctx.err(tr("capture.storage_failed", url=url, reason=val.message()))
        # else: stopped by Ctrl-C before it was sealed; nothing was stored for it
    if ctx.json:
        ctx.print_json(rows)
    elif not interrupted:
        total = len(urls)
        if failed == 0 and sealed == total:
            ctx.out(tr("capture.summary_ok", total=total))
        else:
            ctx.out(tr("capture.summary_failed", sealed=sealed, total=total, failed=total - sealed))
    return 1 if sealed < len(urls) else 0


def _params(item) -> dict:
    md = item.metadata or {}
    return md.get("error_params") or {}


COMMANDS["capture"] = cmd_capture
