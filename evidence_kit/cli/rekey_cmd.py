"""`evidence-kit rekey`: change every key of the vault (see evidence_kit/vault/rekey.py)."""

from __future__ import annotations

import sys

from ..i18n import tr
from .context import Context, print_recovery_key

EXIT_OK = 0


def add_parser(add) -> None:
    p = add("rekey", "help.rekey")
    p.add_argument("--new-passphrase-file", metavar="FILE", help=tr("help.opt_new_passphrase_file"))
    p.add_argument("--abandon", action="store_true", help=tr("help.opt_rekey_abandon"))


class _Percent:
    """Progress in whole percent on stderr: a line that rewrites itself on a terminal, a line per
    tenth otherwise."""

    def __init__(self, label: str):
        self.label = label
        self.shown = -1
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        pct = min(100, int(100 * done / max(total, 1)))
        step = pct if self.tty else pct // 10 * 10
        if step != self.shown:
            self.shown = step
            sys.stderr.write((f"\r{self.label} {pct}%" if self.tty else f"{self.label} {step}%\n"))
            sys.stderr.flush()

    def end(self) -> None:
        if self.tty and self.shown >= 0:
            sys.stderr.write("\n")


def cmd_rekey(ctx: Context) -> int:
    from ..vault import Vault
    from ..vault import rekey as rk

    vault = ctx.open_vault(writable=True)
    if getattr(ctx.args, "abandon", False):
        rk.abandon(vault)
        vault.close()
        ctx.out(tr("rekey.abandoned"))
        return EXIT_OK
    shown = rk.pending_recovery_key(vault)
    state = rk.plan_state(vault)
    if shown and state is None:
        # a finished change whose new recovery key may not have reached her: show it once more
        _print_key(ctx, shown, vault.fingerprint, finished_earlier=True)
        rk.recovery_key_shown(vault)
        vault.close()
        return EXIT_OK
    if state == "sealed":
        # resumed only with the new passphrase: the plan holds the new keys under it, never
        # under the old passphrase that opened the vault
        ctx.err(tr("rekey.resuming"))
        new_passphrase = ctx.new_passphrase(chosen_before=True)
    else:
        if state == "exposed":
            ctx.err(tr("rekey.restarting"))
        ctx.err(tr("rekey.explain"))
        new_passphrase = ctx.new_passphrase()
    bar = _Percent(tr("rekey.progress"))
    try:
        recovery = rk.rekey(vault, new_passphrase, progress=bar)
    finally:
        bar.end()
    reopened = Vault.open(ctx.vault_path, new_passphrase)
    try:
        fingerprint = reopened.fingerprint
        rk.recovery_key_shown(reopened)
    finally:
        reopened.close()
    _print_key(ctx, recovery, fingerprint, finished_earlier=False)
    return EXIT_OK


def _print_key(ctx: Context, recovery: str, fingerprint: str | None, *, finished_earlier: bool) -> None:
    if ctx.json:
        ctx.print_json({"recovery_key": recovery, "fingerprint": fingerprint})
        return
    ctx.out(tr("rekey.done_earlier" if finished_earlier else "rekey.done"))
    ctx.out("")
    print_recovery_key(ctx, recovery)
    if fingerprint:
        ctx.out("")
        ctx.out(tr("rekey.new_fingerprint", fingerprint=fingerprint))


COMMANDS = {"rekey": cmd_rekey}
