"""What every command needs: the vault (unlocked the right way), output, progress, words."""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path

from ..errors import BadInput
from ..i18n import tr
from ..jsonutil import dumps_line
from ..secrets_env import secret
from ..settings import default_vault_path


def read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text("utf-8")
    except FileNotFoundError:
        raise BadInput("error.no_such_file", path=path) from None
    except (OSError, UnicodeDecodeError):
        raise BadInput("error.cannot_read_file", path=path) from None
    return text.rstrip("\r\n")


def interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


class Context:
    def __init__(self, args):
        self.args = args
        self.json = bool(getattr(args, "json", False))
        self.debug = bool(getattr(args, "debug", False))
        self._vault = None

    # -- where and how
    @property
    def vault_path(self) -> Path:
        p = getattr(self.args, "vault", None)
        return Path(p).expanduser() if p else default_vault_path()

    def passphrase(self, *, confirm: bool = False, purpose: str = "unlock") -> str:
        env = secret("EVIDENCE_KIT_PASSPHRASE")
        if env:
            return env
        pf = getattr(self.args, "passphrase_file", None)
        if pf:
            return read_secret_file(pf)
        if not interactive():
            raise BadInput("error.no_passphrase")
        first = getpass.getpass(tr("prompt.new_passphrase" if confirm else "prompt.passphrase") + " ")
        if confirm:
            second = getpass.getpass(tr("prompt.repeat_passphrase") + " ")
            if first != second:
                raise BadInput("error.passphrases_differ")
        return first

    def new_passphrase(self, *, chosen_before: bool = False) -> str:
        """The new passphrase: from the environment, a file, or asked twice. `chosen_before`: one
        chosen earlier (an unfinished key change), asked once since it is checked anyway."""
        env = secret("EVIDENCE_KIT_NEW_PASSPHRASE")
        if env:
            return env
        pf = getattr(self.args, "new_passphrase_file", None)
        if pf:
            return read_secret_file(pf)
        if not interactive():
            raise BadInput("error.no_new_passphrase")
        if chosen_before:
            return getpass.getpass(tr("prompt.rekey_new_passphrase") + " ")
        first = getpass.getpass(tr("prompt.new_passphrase") + " ")
        second = getpass.getpass(tr("prompt.repeat_passphrase") + " ")
        if first != second:
            raise BadInput("error.passphrases_differ")
        return first

    def recovery_key(self) -> str:
        env = secret("EVIDENCE_KIT_RECOVERY_KEY")
        if env:
            return env
        rf = getattr(self.args, "recovery_key_file", None)
        if rf:
            return read_secret_file(rf)
        if not interactive():
            raise BadInput("error.no_recovery_key")
        return getpass.getpass(tr("prompt.recovery_key") + " ")

    def unlock_secret(self) -> tuple[str, str]:
        """("passphrase" or "recovery_key", the secret): asked once, e.g. before a browser starts."""
        if getattr(self.args, "use_recovery_key", False):
            return "recovery_key", self.recovery_key()
        return "passphrase", self.passphrase()

    def open_vault(self, *, writable: bool, secret: tuple[str, str] | None = None):
        from ..vault import Vault

        Vault.read_header(self.vault_path)          # "no vault here" before asking for a secret
        kind, value = secret or self.unlock_secret()
        if kind == "recovery_key":
            self._vault = Vault.open(self.vault_path, recovery_key=value, writable=writable)
        else:
            self._vault = Vault.open(self.vault_path, value, writable=writable)
        self.items_at_open = self._vault.item_count()   # what this command seals is stamped after it
        failures = getattr(self._vault, "unlock_failures", None)
        if failures is not None:                        # wrong secrets tried since the last opening
            from ..vault.attempts import failures_text

            self.err(failures_text(failures))
        return self._vault

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    # -- output
    def out(self, text: str = "") -> None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def err(self, text: str) -> None:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()

    def print_json(self, obj) -> None:
        """JSON on stdout. A list is written one element a line: Python's C encoder makes each
        (its pure-Python encoder, used whenever `indent` is set, took most of `list --json`'s
        time for 10,000 items), and the result stays easy to read and to grep."""
        if isinstance(obj, list) and obj:
            text = "[\n" + ",\n".join("  " + dumps_line(x) for x in obj) + "\n]"
        else:
            text = json.dumps(obj, ensure_ascii=False, indent=2)
        sys.stdout.write(text + "\n")
        sys.stdout.flush()


def print_recovery_key(ctx, recovery: str) -> None:
    """The recovery key as init and rekey show it: once, with the words around it."""
    ctx.out(tr("init.recovery_intro"))
    ctx.out("")
    ctx.out("    " + recovery)
    ctx.out("")
    ctx.out(tr("init.recovery_warning"))


class Progress:
    """Progress on stderr: a bar on a terminal, plain lines otherwise (logs, CI, pipes)."""

    def __init__(self, total: int, label: str = "", stream=None):
        self.total = max(total, 0)
        self.label = label
        self.stream = stream or sys.stderr
        try:
            self.tty = self.stream.isatty()
        except (AttributeError, ValueError):
            self.tty = False
        self.done = 0

    def step(self, text: str = "") -> None:
        self.done += 1
        if self.tty:
            width = 24
            filled = int(width * self.done / self.total) if self.total else width
            bar = "█" * filled + "·" * (width - filled)
            self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total} {text[:40]:<40}")
            if self.done >= self.total:
                self.stream.write("\n")
        else:
            self.stream.write(f"{self.label} {self.done}/{self.total} {text}\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty and self.done < self.total:
            self.stream.write("\n")
            self.stream.flush()


def progress_callback(ctx, key: str):
    """(progress(done, total), finish()) for a long job: a bar labelled tr(key) on stderr, made
    when the job first says its total; nothing with --json."""
    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if ctx.json:
            return
        if bar is None:
            bar = Progress(total, tr(key))
        while bar.done < min(done, bar.total):
            bar.step()

    def finish() -> None:
        if bar is not None:
            bar.finish()

    return progress, finish
