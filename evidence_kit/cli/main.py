"""evidence-kit: the command line.

Exit codes: 0 success; 1 some items failed or verify found problems; 2 usage or bad input
(`import`: nothing saved, every file damaged or refused);
3 wrong passphrase, or a wait of the unlock limit; 4 no vault there, vault in use, or vault damaged; 5 no browser found;
6 the capture engine (Playwright's driver) cannot run.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import traceback
import warnings

from .. import __version__
from ..errors import BadInput, EvidenceKitError, StorageError
from ..i18n import get_language, set_language, tr
from ..timeutil import local_text
from . import chats_cmd
from .context import Context, Progress, interactive, print_recovery_key

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_VAULT, EXIT_BROWSER = 0, 1, 2, 3, 4, 5
EXIT_ENGINE = 6


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # usage errors: one clear line and exit 2, never a traceback
        self.print_usage(sys.stderr)
        sys.stderr.write(tr("error.usage", detail=message) + "\n")
        raise SystemExit(EXIT_USAGE)


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    d = argparse.SUPPRESS if suppress else None
    parser.add_argument("--vault", metavar="DIR", default=d, help=tr("help.opt_vault"))
    parser.add_argument("--json", action="store_true", default=d if suppress else False,
                        help=tr("help.opt_json"))
    parser.add_argument("--debug", action="store_true", default=d if suppress else False,
                        help=tr("help.opt_debug"))
    parser.add_argument("--lang", choices=["en", "ru", "tg"], default=d, help=tr("help.opt_lang"))
    parser.add_argument("--passphrase-file", metavar="FILE", default=d, help=tr("help.opt_passphrase_file"))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="evidence-kit", description=tr("help.description"),
                     epilog=tr("help.exit_codes"), formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"evidence-kit {__version__}")
    _common(parser, suppress=False)
    common = _Parser(add_help=False)
    _common(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name, help_key):
        return sub.add_parser(name, parents=[common], help=tr(help_key), description=tr(help_key))

    p = add("init", "help.init")
    p.add_argument("--collector", metavar="NAME", help=tr("help.opt_collector"))
    p = add("import", "help.import")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--case", default="", metavar="NAME", help=tr("help.opt_case"))
    chats_cmd.add_import_options(p)
    p = add("list", "help.list")
    p.add_argument("--case", default=None, metavar="NAME", help=tr("help.opt_case"))
    p.add_argument("--full", action="store_true", help=tr("help.opt_full"))
    p = add("show", "help.show")
    p.add_argument("id", metavar="ID")
    p = add("extract", "help.extract")
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", required=True, metavar="DIR")
    add("verify", "help.verify")
    p = add("log", "help.log")
    p.add_argument("id", nargs="?", metavar="ID")
    p = add("passwd", "help.passwd")
    p.add_argument("--use-recovery-key", action="store_true", help=tr("help.opt_use_recovery_key"))
    p.add_argument("--recovery-key-file", metavar="FILE", help=tr("help.opt_recovery_key_file"))
    p.add_argument("--new-passphrase-file", metavar="FILE", help=tr("help.opt_new_passphrase_file"))
    p = add("edit", "help.edit")
    p.add_argument("id", metavar="ID")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--sensitive", choices=["yes", "no"])
    p.add_argument("--case", metavar="NAME")
    p.add_argument("--title", metavar="TEXT")
    p.add_argument("--abuse", metavar="KIND,...", help=tr("help.opt_abuse"))
    p = add("settings", "help.settings")
    p.add_argument("--collector", metavar="NAME", help=tr("help.opt_collector"))
    p.add_argument("--tsa", metavar="URL[,URL…]", help=tr("help.opt_tsa"))
    p.add_argument("--tsa-ca", metavar="FILE", action="append", help=tr("help.opt_tsa_ca"))
    p.add_argument("--tsa-ca-remove", metavar="SHA256", action="append", help=tr("help.opt_tsa_ca_remove"))
    p.add_argument("--unlock-attempts", metavar="N", help=tr("help.opt_unlock_attempts"))
    p.add_argument("--unlock-wait", metavar="SECONDS", help=tr("help.opt_unlock_wait"))
    add("gc", "help.gc")
    p = add("gui", "help.gui")

    for mod in _feature_modules():
        if mod.add_parser.__code__.co_argcount >= 2:
            mod.add_parser(add, common)      # a command with sub-commands of its own (session)
        else:
            mod.add_parser(add)
    return parser


# Commands that live in modules of their own: each has add_parser(add) and COMMANDS.
FEATURE_COMMANDS = ("capture_cmd", "export_cmd", "rekey_cmd", "stamp_cmd", "chats_cmd", "watch_cmd",
                    "reference_cmd", "fingerprint_cmd", "session_cmd", "destroy_cmd", "share_cmd",
                    "backup_cmd")


def _feature_modules():
    import importlib

    return [importlib.import_module(f"{__package__}.{name}") for name in FEATURE_COMMANDS]


# ---------------------------------------------------------------------------------- commands
def cmd_init(ctx: Context) -> int:
    from ..vault import Vault

    path = ctx.vault_path
    if Vault.exists(path):
        raise BadInput("error.vault_exists", path=str(path))
    passphrase = ctx.passphrase(confirm=True)
    collector = ctx.args.collector
    if collector is None and interactive():      # asked once; empty is allowed ("not given")
        collector = input(tr("hd.prompt.collector") + " ")
    vault, recovery = Vault.create(path, passphrase, collector=(collector or "").strip() or None)
    vault.close()
    if ctx.json:
        ctx.print_json({"vault": str(path), "vault_id": vault.vault_id, "fingerprint": vault.fingerprint,
                        "recovery_key": recovery})
    else:
        ctx.out(tr("init.created", path=str(path)))
        ctx.out("")
        print_recovery_key(ctx, recovery)
    return EXIT_OK


def cmd_import(ctx: Context) -> int:
    from ..importer import already_held_note, held_files, import_file

    found = chats_cmd.plan_import(ctx)   # bad paths (and --tz) fail before the vault is opened
    files, skipped = found.files, found.skipped
    vault = ctx.open_vault(writable=True)
    # chat exports: one item per chat
    items, failed, duplicates = chats_cmd.import_exports(ctx, vault, found)
    progress = Progress(len(files), tr("progress.importing"))
    held = held_files(vault) if files else {}
    notes = []
    for path in files:
        try:
            item = import_file(vault, path, case=ctx.args.case)
            items.append(item)
            note = already_held_note(held, item, path.name)
            if note is not None:            # the same file is sealed already: say where
                notes.append(note)
            progress.step(path.name)
        except BadInput as exc:
            failed.append(exc)
            progress.step(path.name)
            ctx.err(tr("import.failed_one", path=str(path), reason=exc.message()))
        except StorageError as exc:
            progress.finish()
            ctx.err(exc.message())
            ctx.err(tr("import.stopped", done=len(items)))
            failed.append(exc)
            break
    progress.finish()
    for key, params in notes:
        ctx.err(tr(key, **params))
    for s in skipped:
        ctx.err(tr("import.skipped", path=s))
    if ctx.json:
        ctx.print_json([i.to_dict() for i in items])
    else:
        ctx.out(tr("import.done", count=len(items)))
        for it in items:
            ctx.out(f"  {it.exhibit}  {it.id}  {it.artifacts[0].sha256}  {it.title}")
    return import_exit_code(len(items) + duplicates, failed)


def import_exit_code(done: int, failed: list) -> int:
    """0 all done; 2 nothing done, and only because of what was given (bad input: a damaged or
    refused file, as a missing one); 1 partly done, or the vault refused a write."""
    if not failed:
        return EXIT_OK
    if not done and all(f.exit_code == EXIT_USAGE for f in failed):
        return EXIT_USAGE
    return EXIT_FAILED


def _status_text(item) -> str:
    if item.status == "failed":
        return tr("status.failed")
    if item.http_status:
        return f"{tr('status.sealed')} ({item.http_status})"
    return tr("status.sealed")


def cmd_list(ctx: Context) -> int:
    vault = ctx.open_vault(writable=False)
    if ctx.json:
        if ctx.args.full:     # every item's metadata too (reads each sealed manifest: slower)
            ctx.print_json([vault.get(i.id).to_dict() for i in vault.items(case=ctx.args.case)])
        else:                 # from the index alone: fast; "metadata" is null (use show or --full)
            ctx.print_json([dict(row, metadata=None) for row in vault.item_rows(case=ctx.args.case)])
        return EXIT_OK
    items = vault.items(case=ctx.args.case)
    if not items:
        ctx.out(tr("list.empty"))
        return EXIT_OK
    for it in items:
        mark = " ⚠" if it.sensitive else ""
        where = it.site or it.title
        ctx.out(f"{it.exhibit}  {it.id}  {local_text(it.captured_at)}  {_status_text(it):<14} {where}{mark}")
        if it.site and it.title:
            ctx.out(f"{'':26}{it.title[:100]}")
    ctx.out(tr("list.count", count=len(items)))
    return EXIT_OK


def cmd_show(ctx: Context) -> int:
    vault = ctx.open_vault(writable=False)
    item = vault.get(ctx.args.id)
    from . import stamp_cmd
    from .. import timestamps

    if ctx.json:
        ctx.print_json(dict(item.to_dict(), stamps=timestamps.view(item, timestamps.configured_tsas(vault), vault)))
        return EXIT_OK
    rows = [
        (tr("field.exhibit"), item.exhibit), (tr("field.id"), item.id), (tr("field.case"), item.case),
        (tr("field.title"), item.title), (tr("field.url"), item.url or ""),
        (tr("field.final_url"), item.final_url or ""),
        (tr("field.captured_at"), f"{item.captured_at}  ({local_text(item.captured_at)})"),
        (tr("field.status"), _status_text(item)), (tr("field.error"), item.error or ""),
        (tr("field.sensitive"), tr("word.yes") if item.sensitive else tr("word.no")),
        (tr("field.notes"), item.notes),
        (tr("field.received"), _received_text(item)),
        *stamp_cmd.show_rows(vault, item),
    ]
    for k, v in rows:
        if v:
            ctx.out(f"{k + ':':<22} {v}")
    ctx.out(tr("field.artifacts") + ":")
    for a in item.artifacts:
        ctx.out(f"  {a.name}  ({a.media_type}, {a.size} B)")
        ctx.out(f"    SHA-256 {a.sha256}")
    return EXIT_OK


def _received_text(item) -> str:
    """"from vault <fingerprint> on <date>" for an item received from another vault, else ""."""
    r = (item.metadata or {}).get("received")
    if not r:
        return ""
    return tr("share.show.received", fingerprint=r.get("sender_fingerprint", ""),
              date=local_text(r.get("received_at", "")), exhibit=r.get("sender_exhibit", ""),
              confirmed=tr("share.show.confirmed" if r.get("sender_confirmed") else "share.show.unconfirmed"))


def cmd_extract(ctx: Context) -> int:
    vault = ctx.open_vault(writable=True)
    written = vault.extract(ctx.args.id, ctx.args.out)
    if ctx.json:
        ctx.print_json([str(p) for p in written])
    else:
        for p in written:
            ctx.out(str(p))
    return EXIT_OK


def cmd_verify(ctx: Context) -> int:
    from ..errors import VaultCorrupt, VaultInUse
    from ..vault import Vault

    vault = ctx.open_vault(writable=False)
    report = vault.verify()
    logged = True
    try:
        writer = Vault(vault.path, vault.header, vault._master, writable=True)
        try:
            writer.record_verification(report)
        finally:
            writer.close()
    except VaultInUse:
        logged, why = False, tr("verify.not_logged")
    except VaultCorrupt as exc:      # the log needs attention: nothing is added to it
        logged, why = False, exc.message()
    if ctx.json:
        ctx.print_json(report.to_dict())
    else:
        for p in report.problems:
            ctx.out(("✗ " if p.kind == "error" else "! ") + p.message)
        if report.ok:
            ctx.out(tr("verify.ok", items=report.items_checked, entries=report.log_entries_checked))
        else:
            ctx.out(tr("verify.bad", count=len(report.errors)))
        if not logged:
            ctx.err(why)
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_log(ctx: Context) -> int:
    vault = ctx.open_vault(writable=False)
    iid = vault.resolve_id(ctx.args.id) if ctx.args.id else None
    records = vault.custody_log(iid)
    if ctx.json:
        ctx.print_json([dict(r["entry"], hash=r["hash"], mac=r["mac"]) for r in records])
        return EXIT_OK
    for r in records:
        e = r["entry"]
        items = " ".join(e.get("items", []))
        ctx.out(f"#{e['seq']:<5} {e['at']}  {tr('event.' + e['event'])}  {items}  — {e['collector']}")
        ctx.out(f"       {tr('log.hash')} {r['hash']}")
    return EXIT_OK


def cmd_passwd(ctx: Context) -> int:
    vault = ctx.open_vault(writable=True)
    vault.change_passphrase(ctx.new_passphrase())
    ctx.out(tr("passwd.done"))
    return EXIT_OK


def cmd_edit(ctx: Context) -> int:
    a = ctx.args
    vault = ctx.open_vault(writable=True)
    abuse = None
    if a.abuse is not None:
        abuse = [x.strip() for x in a.abuse.split(",") if x.strip()]
    item = vault.update_item(a.id, notes=a.note, case=a.case, title=a.title, abuse=abuse,
                             sensitive=None if a.sensitive is None else a.sensitive == "yes")
    if ctx.json:
        ctx.print_json(item.to_dict(with_metadata=False))
    else:
        ctx.out(tr("edit.done", exhibit=item.exhibit))
    return EXIT_OK


def cmd_settings(ctx: Context) -> int:
    from . import stamp_cmd

    from ..vault import attempts

    a = ctx.args
    for path in a.tsa_ca or []:
        stamp_cmd.check_ca_file(path)           # a file that is no certificate: said before any change
    # the unlock limit: a value out of range is said before the passphrase is asked
    allowed = attempts.check_allowed(a.unlock_attempts) if a.unlock_attempts is not None else None
    first_wait = attempts.check_first_wait(a.unlock_wait) if a.unlock_wait is not None else None
    vault = ctx.open_vault(writable=a.collector is not None or a.tsa is not None or bool(a.tsa_ca)
                           or bool(a.tsa_ca_remove) or allowed is not None or first_wait is not None)
    if allowed is not None or first_wait is not None:
        attempts.change_settings(vault, allowed=allowed, first_wait_s=first_wait)
    if a.collector is not None:
        vault.set_setting("collector", a.collector.strip())
    if a.tsa is not None:
        stamp_cmd.settings_tsa(ctx, vault, a.tsa)
    for which in a.tsa_ca_remove or []:
        stamp_cmd.settings_tsa_ca_remove(ctx, vault, which)
    for path in a.tsa_ca or []:
        stamp_cmd.settings_tsa_ca(ctx, vault, path)
    info = {"collector": vault.collector, "vault": str(vault.path), "fingerprint": vault.fingerprint,
            "language": get_language(), **stamp_cmd.settings_rows(vault)}
    info["unlock_attempts"], info["unlock_wait"] = attempts.current_settings(vault.path)
    if ctx.json:
        ctx.print_json(info)
    else:
        info["collector"] = info["collector"] or tr("hd.collector.not_given")
        for k, v in info.items():
            if k == "tsa":
                v = ", ".join(v) if v else tr("ts.none_configured")
            elif k == "tsa_ca":
                continue
            elif k == "unlock_wait":
                v = tr("unlock.wait_setting", seconds=v)
            ctx.out(f"{tr('field.' + k) + ':':<22} {v}")
        if info["tsa"]:
            ctx.out(tr("ts.only_hash"))
        stamp_cmd.settings_lines(ctx, info["tsa_ca"])
    return EXIT_OK


def cmd_gc(ctx: Context) -> int:
    vault = ctx.open_vault(writable=True)
    removed = vault.gc()
    ctx.out(tr("gc.done", count=removed))
    return EXIT_OK


def cmd_gui(ctx: Context) -> int:
    a = ctx.args               # the options given before or after "gui" reach the app
    argv = (["--vault", str(ctx.vault_path)] if getattr(a, "vault", None) else []) \
        + (["--lang", a.lang] if getattr(a, "lang", None) else []) + (["--debug"] if ctx.debug else [])
    return gui_main(argv)


COMMANDS = {"init": cmd_init, "import": cmd_import, "list": cmd_list, "show": cmd_show,
            "extract": cmd_extract, "verify": cmd_verify, "log": cmd_log, "passwd": cmd_passwd,
            "edit": cmd_edit, "settings": cmd_settings, "gc": cmd_gc, "gui": cmd_gui}


def _pre_language(argv: list[str]) -> None:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            set_language(argv[i + 1])
        elif a.startswith("--lang="):
            set_language(a.split("=", 1)[1])


def main(argv: list[str] | None = None) -> int:
    # secrets in the environment: out of os.environ before anything can start a child process
    from ..secrets_env import take_secrets

    take_secrets()
    # a library's notice to programmers (pyhanko imports DSA, which cryptography deprecates) is
    # not for the person at the terminal; the words she reads are ours
    warnings.filterwarnings("ignore", module=r"pyhanko")
    as_program = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    _pre_language(argv)
    debug = "--debug" in argv
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    from . import stamp_cmd

    handler = COMMANDS.get(args.command)
    for mod in _feature_modules():
        handler = handler or mod.COMMANDS.get(args.command)
    ctx = Context(args)
    try:
        rc = handler(ctx)
        if rc != 130:
            stamp_cmd.stamp_new_items(ctx)   # trusted time for what this command sealed
        return rc
    except EvidenceKitError as exc:
        if debug:
            traceback.print_exc()
        sys.stderr.write(exc.message() + "\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write(tr("error.interrupted") + "\n")
        return 130
    except OSError as exc:
        if debug:
            traceback.print_exc()
        from ..errors import storage_error

        sys.stderr.write(storage_error(exc).message() + "\n")
        return EXIT_FAILED
    except Exception:  # a bug: say so calmly; the evidence already sealed is safe
        if debug:
            traceback.print_exc()
        sys.stderr.write(tr("error.internal") + "\n")
        return EXIT_FAILED
    finally:
        try:
            ctx.close()
        except Exception:
            pass
        if as_program:
            # the program ends here: its objects need no last garbage-collection passes at exit
            # (about 50-90 ms after a capture); every file was closed and synced above
            gc.freeze()


def _no_display() -> bool:
    """On Linux/BSD, Qt aborts the process when there is no screen to draw on: say so first."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def gui_main(argv: list[str] | None = None) -> int:
    from ..secrets_env import take_secrets

    take_secrets()                   # the app never reads them; its browser must not inherit them
    if _no_display():
        sys.stderr.write(tr("gui.no_display") + "\n")
        return EXIT_USAGE
    from .gui_check import qt_screen_problem

    problem = qt_screen_problem()          # Qt would abort with words that say nothing useful
    if problem is not None:
        sys.stderr.write(tr(problem[0], **problem[1]) + "\n")
        return EXIT_USAGE
    try:
        from ui.app import main as app_main
    except ImportError as exc:
        missing = getattr(exc, "name", "") or ""
        sys.stderr.write(tr("gui.not_built" if missing.startswith("ui") else "gui.libraries_missing") + "\n")
        return EXIT_USAGE
    return app_main(argv if argv is not None else sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
