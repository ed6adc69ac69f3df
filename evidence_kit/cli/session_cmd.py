"""`evidence-kit session add|list|remove`: login sessions ("accounts for captures") kept in the vault.

    session add NAME --cookies FILE        a Netscape cookies.txt (browser extensions, yt-dlp)
    session add NAME --browser [--url URL] a browser window: log in, then close it
    session list                           names, sites, when added; never a cookie's value
    session remove NAME                    gone from the vault

Exit codes: 0 done; 2 bad input (no such file, no cookies in it, a name taken or unknown, no
screen for a window); 3 wrong passphrase; 4 vault problems; 5 no browser.
"""

from __future__ import annotations

import os
import sys
import threading

from ..errors import BadInput
from ..i18n import tr
from ..timeutil import local_text

COMMANDS: dict = {}


def add_parser(add, common) -> None:
    p = add("session", "help.session")
    sub = p.add_subparsers(dest="session_command", metavar="ACTION", parser_class=type(p))

    def action(name, help_key):
        return sub.add_parser(name, parents=[common], help=tr(help_key), description=tr(help_key))

    a = action("add", "help.session_add")
    a.add_argument("name", metavar="NAME")
    how = a.add_mutually_exclusive_group(required=True)
    how.add_argument("--cookies", metavar="FILE", help=tr("help.opt_cookies"))
    how.add_argument("--browser", action="store_true", help=tr("help.opt_login_browser"))
    a.add_argument("--url", metavar="URL", help=tr("help.opt_login_url"))
    a.add_argument("--replace", action="store_true", help=tr("help.opt_replace_session"))
    a.add_argument("--proxy", metavar="URL", help=tr("help.opt_proxy"))
    a.add_argument("--no-proxy", action="store_true", help=tr("help.opt_no_proxy"))
    action("list", "help.session_list")
    r = action("remove", "help.session_remove")
    r.add_argument("name", metavar="NAME")


def _no_display() -> bool:
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _login_in_window(ctx, vault) -> dict:
    from capture import find_browser
    from capture.login import record_login_blocking
    from capture.route import choose
    from capture.urls import normalise_url

    args = ctx.args
    start = None
    if args.url:
        start = normalise_url(args.url)
        if start is None:
            raise BadInput("capture.bad_url", url=args.url)
    proxy = choose(args.proxy, no_proxy=args.no_proxy, setting=vault.settings().get("proxy"))
    info = find_browser(None, vault.settings().get("browser"))
    done = threading.Event()
    ctx.err(tr("session.window_open"))
    ctx.err(tr("capture.session_warning"))
    if sys.stdin is not None:
        def wait_enter():          # Enter (a line on standard input) says she is done
            try:
                line = sys.stdin.readline()
            except (OSError, ValueError):
                return
            if line:               # end of input (no terminal, /dev/null) is not "done"
                done.set()
        threading.Thread(target=wait_enter, name="enter", daemon=True).start()
    return record_login_blocking(info, start_url=start, proxy=proxy.url if proxy else None, done=done)


def cmd_session(ctx) -> int:
    from .. import sessions

    args = ctx.args
    action = getattr(args, "session_command", None)
    if action is None:
        raise BadInput("session.which_action")
    if action == "add":
        name = sessions.check_name(args.name)
        if args.cookies:
            state = sessions.state_from_cookies_file(args.cookies)    # bad file before any secret
        elif _no_display():
            raise BadInput("session.no_display")
        vault = ctx.open_vault(writable=True)
        if not args.replace and name in {s.name for s in sessions.list_sessions(vault)}:
            raise BadInput("session.exists", name=name)
        if not args.cookies:
            state = _login_in_window(ctx, vault)
        info = sessions.add_session(vault, name, state, "cookies_file" if args.cookies else "browser",
                                    replace=args.replace)
        if ctx.json:
            ctx.print_json(info.to_dict())
        else:
            ctx.out(tr("session.added", name=info.name, cookies=info.cookies,
                       sites=", ".join(info.sites[:8]) + (" …" if len(info.sites) > 8 else "")))
            if args.cookies:
                ctx.err(tr("session.delete_file", path=args.cookies))
        return 0
    if action == "list":
        vault = ctx.open_vault(writable=False)
        found = sessions.list_sessions(vault)
        if ctx.json:
            ctx.print_json([s.to_dict() for s in found])
        elif not found:
            ctx.out(tr("session.list_empty"))
        else:
            for s in found:
                ctx.out(tr("session.list_line", name=s.name, when=local_text(s.added_at),
                           source=tr("session.source." + s.source), cookies=s.cookies,
                           sites=", ".join(s.sites[:6]) + (" …" if len(s.sites) > 6 else "")))
        return 0
    vault = ctx.open_vault(writable=True)
    sessions.remove_session(vault, args.name)
    if not ctx.json:
        ctx.out(tr("session.removed", name=args.name.strip()))
    return 0


COMMANDS["session"] = cmd_session
