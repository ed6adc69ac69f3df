"""`evidence-kit backup add|run|list|check|remove` and `evidence-kit restore` (evidence_kit/backup/).

    backup add NAME TARGET     TARGET: a folder, or rclone:REMOTE:PATH (a remote of `rclone config`)
    backup run [NAME]          copy what the backup lacks (every backup when NAME is left out)
    backup list [--json]       names, targets (never a password), last complete run
    backup check NAME [--json] re-read every file of the backup and verify it against the vault
    backup remove NAME         forget it (what it copied stays on its target)
    --vault DIR restore TARGET a working vault at DIR (missing or empty) from a backup

Exit codes: 0 done; 1 a run failed, a check found problems, a restore found damaged items;
2 bad input (no such backup, no rclone, DIR not empty, a half-written first backup);
3 wrong passphrase; 4 vault problems; 130 stopped (the backup stays as its last complete run).
"""

from __future__ import annotations

import threading

from ..errors import BadInput
from ..files import human_size
from ..i18n import tr
from ..timeutil import local_text

EXIT_OK, EXIT_FAILED = 0, 1


def add_parser(add, common) -> None:
    p = add("backup", "help.backup")
    sub = p.add_subparsers(dest="backup_command", metavar="ACTION", parser_class=type(p))

    def action(name, help_key):
        return sub.add_parser(name, parents=[common], help=tr(help_key), description=tr(help_key))

    a = action("add", "help.backup_add")
    a.add_argument("name", metavar="NAME")
    a.add_argument("target", metavar="TARGET")
    r = action("run", "help.backup_run")
    r.add_argument("name", metavar="NAME", nargs="?")
    action("list", "help.backup_list")
    c = action("check", "help.backup_check")
    c.add_argument("name", metavar="NAME")
    d = action("remove", "help.backup_remove")
    d.add_argument("name", metavar="NAME")
    p = add("restore", "help.restore")
    p.add_argument("target", metavar="TARGET")
    p.add_argument("--use-recovery-key", action="store_true", help=tr("help.opt_use_recovery_key"))
    p.add_argument("--recovery-key-file", metavar="FILE", help=tr("help.opt_recovery_key_file"))


class _Percent:
    """Progress in whole percent on stderr (a line per tenth when not on a terminal)."""

    def __init__(self, label: str):
        import sys

        self.label, self.shown, self.stream = label, -1, sys.stderr
        self.tty = self.stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        pct = 100 if total <= 0 else min(100, int(100 * done / total))
        step = pct if self.tty else pct // 10 * 10
        if step != self.shown:
            self.shown = step
            self.stream.write(f"\r{self.label} {pct}%" if self.tty else f"{self.label} {step}%\n")
            self.stream.flush()

    def end(self) -> None:
        if self.tty and self.shown >= 0:
            self.stream.write("\n")


def _when(iso: str | None) -> str:
    return local_text(iso) if iso else tr("backup.never")


def cmd_backup(ctx) -> int:
    from .. import backup

    action = getattr(ctx.args, "backup_command", None)
    if not action:
        raise BadInput("backup.which_action")
    a = ctx.args
    if action == "add":
        vault = ctx.open_vault(writable=True)
        e = backup.add(vault, a.name, a.target)
        ctx.out(tr("backup.added", name=e["name"], target=backup.public_target(e["target"])))
        return EXIT_OK
    if action == "remove":
        vault = ctx.open_vault(writable=True)
        backup.remove(vault, a.name)
        ctx.out(tr("backup.removed", name=a.name))
        return EXIT_OK
    if action == "list":
        vault = ctx.open_vault(writable=False)
        rows = backup.rows(vault)
        if ctx.json:
            ctx.print_json(rows)
        elif not rows:
            ctx.out(tr("backup.none"))
        else:
            for r in rows:
                ctx.out(tr("backup.row", name=r["name"], target=r["target"], when=_when(r["last_complete"])))
                if r["last_result"] and r["last_result"] != "complete":
                    ctx.out("  " + tr("backup.row_last_" + r["last_result"], when=_when(r["last_attempt"])))
        return EXIT_OK
    if action == "check":
        vault = ctx.open_vault(writable=False)
        rep = backup.check(vault, a.name)
        if ctx.json:
            ctx.print_json(rep.to_dict())
        else:
            for kind, text in rep.messages():
                ctx.out({"error": "✗ ", "warning": "! "}.get(kind, "  ") + text)
            ctx.out(tr("backup.check_ok" if rep.ok else "backup.check_bad", name=a.name,
                       files=rep.files_checked, seq=rep.seq, when=_when(rep.made_at)))
        return EXIT_OK if rep.ok else EXIT_FAILED
    # run
    vault = ctx.open_vault(writable=True)
    names = [a.name] if a.name else [r["name"] for r in backup.rows(vault)]
    if not names:
        raise BadInput("backup.none_to_run")
    if a.name:
        backup.config.get(vault, a.name)          # an unknown name: said before anything runs
    rc = EXIT_OK
    results = []
    for name in names:
        bar = _Percent(tr("backup.progress", name=name))
        cancel = threading.Event()
        try:
            res = backup.run(vault, name, progress=bar, cancel=cancel)
        except KeyboardInterrupt:
            bar.end()
            ctx.err(tr("backup.stopped", name=name))
            return 130
        except backup.BackupFailed as exc:
            bar.end()
            ctx.err(tr("backup.run_failed", name=name, reason=exc.message()))
            rc = EXIT_FAILED
            results.append({"name": name, "result": "failed"})
            continue
        bar.end()
        results.append(res.to_dict())
        if not ctx.json:
            ctx.out(tr("backup.run_done", name=name, items=res.items, files=res.files_copied,
                       size=human_size(res.bytes_copied)))
    if ctx.json:
        ctx.print_json(results)
    return rc


def cmd_restore(ctx) -> int:
    from .. import backup

    dest = ctx.vault_path
    backup.check_destination(dest)               # before any secret is asked: nothing touched
    from ..backup.targets import open_target

    open_target(ctx.args.target)                 # a bad target, or rclone missing: said before too
    kind, secret = ctx.unlock_secret()
    bar = _Percent(tr("backup.restore_progress"))
    try:
        rep = backup.restore(ctx.args.target, dest, progress=bar,
                             **({"recovery_key": secret} if kind == "recovery_key" else {"passphrase": secret}))
    finally:
        bar.end()
    if ctx.json:
        ctx.print_json(rep.to_dict())
    else:
        for p in rep.problems:
            ctx.out(("✗ " if p.kind == "error" else "! ") + p.message)
        ctx.out(tr("backup.restored", path=str(dest), items=rep.items, when=_when(rep.made_at)))
        if not rep.logged:
            ctx.out(tr("backup.restore_not_logged"))
        if not rep.ok:
            ctx.out(tr("backup.restore_damaged"))
    return EXIT_OK if rep.ok else EXIT_FAILED


COMMANDS = {"backup": cmd_backup, "restore": cmd_restore}
