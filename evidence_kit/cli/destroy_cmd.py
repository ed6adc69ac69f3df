"""`evidence-kit destroy`: delete this computer's copy of the vault, keys first (vault/destroy.py).

On a terminal it shows what a backup would save and asks her to type a word it shows; without a
terminal it needs `--yes-destroy-this-copy` (otherwise exit 2, nothing touched). Backups are not
touched. The passphrase is not needed to delete, only to tell whether a backup exists.
"""

from __future__ import annotations

import getpass
import unicodedata

from ..errors import BadInput, EvidenceKitError
from ..i18n import tr
from ..secrets_env import secret
from .context import Context, interactive, read_secret_file

EXIT_OK, EXIT_USAGE = 0, 2


def add_parser(add) -> None:
    p = add("destroy", "help.destroy")
    p.add_argument("--yes-destroy-this-copy", action="store_true", help=tr("help.opt_yes_destroy"))


def _same_word(typed: str, word: str) -> bool:
    def norm(t: str) -> str:
        return unicodedata.normalize("NFC", t).strip().casefold()

    return norm(typed) == norm(word)


def _backup_status(ctx: Context, *, ask: bool) -> str:
    """The warning's sentence about backups: from the vault's backups when a secret is at hand (the
    environment, a file, or — with `ask`, on a terminal — asked, Enter to skip); otherwise that
    it cannot be told."""
    from ..vault import Vault
    from ..vault.destroy import backup_sentence, last_backup

    kind, value = "passphrase", secret("EVIDENCE_KIT_PASSPHRASE")
    if not value and getattr(ctx.args, "passphrase_file", None):
        value = read_secret_file(ctx.args.passphrase_file)
    if not value and secret("EVIDENCE_KIT_RECOVERY_KEY"):
        kind, value = "recovery_key", secret("EVIDENCE_KIT_RECOVERY_KEY")
    if not value and ask and interactive():
        try:
            value = getpass.getpass(tr("destroy.prompt_passphrase") + " ")
        except EOFError:                 # Ctrl-D: skipped, as Enter
            value = ""
    if not value:
        return tr("destroy.backup_unknown")
    try:
        if kind == "recovery_key":
            vault = Vault.open(ctx.vault_path, recovery_key=value, writable=False)
        else:
            vault = Vault.open(ctx.vault_path, value, writable=False)
    except EvidenceKitError as exc:
        return exc.message() + "\n" + tr("destroy.backup_unknown")
    try:
        failures = getattr(vault, "unlock_failures", None)
        if failures is not None:
            from ..vault.attempts import failures_text

            ctx.err(failures_text(failures))
        return backup_sentence(last_backup(vault))
    except EvidenceKitError as exc:
        return exc.message() + "\n" + tr("destroy.backup_unknown")
    finally:
        vault.close()


def _sweep_browser_folders() -> list[str]:
    """The login and capture browsers' temporary folders that no live program holds; returns
    those that could not be removed."""
    try:
        from capture.tempdirs import default_roots, sweep
    except ImportError:
        return []
    return sweep(default_roots())


def cmd_destroy(ctx: Context) -> int:
    from ..settings import forget_vault
    from ..vault import destroy

    found = destroy.find(ctx.vault_path)           # no vault there: exit 4, before anything
    confirmed = bool(ctx.args.yes_destroy_this_copy)
    if not confirmed and not interactive():
        raise BadInput("destroy.needs_flag")
    ctx.out(tr("destroy.warning", path=str(found.path)))
    ctx.out("")
    if found.resumed:
        ctx.out(tr("destroy.resuming"))
    else:
        ctx.out(_backup_status(ctx, ask=not confirmed))   # the flag: no question at all
    ctx.out("")
    ctx.out(tr("destroy.what_remains"))
    ctx.out("")
    if not confirmed:
        word = tr("destroy.word")
        try:
            typed = input(tr("destroy.type_word", word=word) + " ")
        except EOFError:                 # Ctrl-D: not confirmed
            typed = ""
        if not _same_word(typed, word):
            ctx.err(tr("destroy.not_confirmed"))
            return EXIT_USAGE
    destroy.destroy(found.path)
    forget_vault(found.path)
    left = _sweep_browser_folders()
    ctx.out(tr("destroy.done", path=str(found.path)))
    for folder in left:
        ctx.err(tr("destroy.folder_left", path=folder))
    return EXIT_OK


COMMANDS = {"destroy": cmd_destroy}
