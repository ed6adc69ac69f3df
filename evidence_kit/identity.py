"""The vault's age identity: the key with which others encrypt evidence to this vault.

Each vault holds one age X25519 identity (age-encryption.org/v1) in a private record
(`Vault.write_private`: sealed under the vault's keys, carried over by `rekey`, never written
anywhere else). Its recipient, the `age1…` string, is public: she gives it to the people who will
send her evidence, and they encrypt a share to it (`evidence-kit share --to age1…`). A lawyer who
does not use Evidence Kit may instead give a recipient made by the stock `age-keygen`.

The identity is made the first time a writable vault is asked for it; the custody log records
that it was made and its recipient. All age work is done by pyrage (the Rust `age` crate):
nothing here implements any part of the format.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from typing import BinaryIO, Iterator

from .errors import BadInput, EvidenceKitError
from .timeutil import now_iso

RECORD = "age-identity"
FORMAT = 1
AGE_MAGIC = b"age-encryption.org/v1\n"


class NotForThisVault(BadInput):
    """An age file that none of this vault's keys opens: addressed to someone else."""
    key = "share.error.not_for_us"


class ShareDamaged(EvidenceKitError):
    """An age file that this vault's key opens but whose contents fail age's own checks
    (a changed or truncated file)."""
    exit_code = 1
    key = "share.error.damaged"


def _pyrage():
    import pyrage

    return pyrage


def _secret(vault) -> str | None:
    rec = vault.read_private(RECORD)
    if not rec:
        return None
    return rec["identity"]


def ensure(vault) -> str:
    """The vault's recipient (`age1…`), making the identity first if there is none."""
    secret = _secret(vault)
    if secret is None:
        vault.require_writable()
        x25519 = _pyrage().x25519
        ident = x25519.Identity.generate()
        recipient = str(ident.to_public())
        vault.write_private(RECORD, {"format": FORMAT, "identity": str(ident), "recipient": recipient,
                                     "created_at": now_iso()})
        vault.log_event("identity_created", details={"recipient": recipient})
        return recipient
    return str(_pyrage().x25519.Identity.from_str(secret).to_public())


def recipient(vault) -> str | None:
    """The vault's recipient, or None when it has no identity yet (a read-only vault)."""
    secret = _secret(vault)
    if secret is None:
        return None
    return str(_pyrage().x25519.Identity.from_str(secret).to_public())


def parse_recipient(text: str):
    """An `age1…` recipient as given (spaces around it allowed), or BadInput saying what one is."""
    value = (text or "").strip()
    try:
        return _pyrage().x25519.Recipient.from_str(value)
    except Exception:  # noqa: BLE001  (pyrage.RecipientError and ValueError alike)
        raise BadInput("share.error.bad_recipient", value=text) from None


def is_age_file(head: bytes) -> bool:
    return head.startswith(AGE_MAGIC)


@contextmanager
def encrypting(out: BinaryIO, recipients: list) -> Iterator[BinaryIO]:
    """A file object whose bytes are encrypted to `recipients` (age v1) into `out` as they come.

    pyrage pulls its input from a reader, so the plaintext goes through an OS pipe (a buffer in
    the kernel, never a file) to a thread in which pyrage encrypts it into `out`. Memory stays
    at the pipe's size whatever the bundle's. On an error the thread is stopped and `out` holds
    an unfinished file, which the caller discards."""
    pyrage = _pyrage()
    r, w = os.pipe()
    failure: list[BaseException] = []
    sink = _Sink(out)

    def run() -> None:
        try:
            with os.fdopen(r, "rb", buffering=1 << 20) as reader:    # pyrage reads 8 KiB at a time
                pyrage.encrypt_io(reader, sink, recipients)
        except BaseException as exc:  # noqa: BLE001  (handed to the caller's thread)
            failure.append(sink.failed or exc)      # pyrage wraps the disk's own error: keep that

    worker = threading.Thread(target=run, name="age-encrypt", daemon=True)
    worker.start()
    writer = os.fdopen(w, "wb", buffering=1 << 16)
    try:
        yield writer
        writer.close()
    except BaseException as exc:
        try:
            writer.close()
        except OSError:
            pass
        worker.join()
        if failure and isinstance(exc, OSError):    # a broken pipe: the encryption stopped first
            raise _in_words(failure[0]) from exc
        raise
    worker.join()
    if failure:
        raise _in_words(failure[0])


class _Sink:
    """`out` as pyrage writes to it, remembering an error of the disk (pyrage reports it only as
    an EncryptError)."""

    def __init__(self, out):
        self._out = out
        self.failed: OSError | None = None

    def write(self, data) -> int:
        try:
            return self._out.write(data)
        except OSError as exc:
            self.failed = exc
            raise

    def flush(self) -> None:
        try:
            self._out.flush()
        except OSError as exc:
            self.failed = exc
            raise


def _in_words(exc: BaseException) -> BaseException:
    """The encrypting thread's failure, as the caller should see it (a full disk in words)."""
    if isinstance(exc, OSError):
        from .errors import storage_error

        return storage_error(exc)
    return exc


def decrypt(vault, reader: BinaryIO, writer) -> None:
    """Decrypt the age file `reader` with this vault's identity into `writer` (a file object that
    keeps the plaintext off the disk: the caller's). NotForThisVault when the file is not
    addressed to this vault; ShareDamaged when it fails age's checks."""
    pyrage = _pyrage()
    secret = _secret(vault)
    if secret is None:
        raise NotForThisVault()
    ident = pyrage.x25519.Identity.from_str(secret)
    try:
        pyrage.decrypt_io(reader, writer, [ident])
    except EvidenceKitError:
        raise
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise NotForThisVault() from None
        raise ShareDamaged() from None
    except OSError:
        raise ShareDamaged() from None
