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
import shutil
import subprocess
import sys
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


def age_program() -> str | None:
    """The stock `age` program, when it is installed (and can be given the identity through a
    pipe: /dev/fd is needed, so not on Windows). It runs beside this process, on another core."""
    if sys.platform.startswith("win"):
        return None
    return shutil.which("age")


@contextmanager
def encrypting(out: BinaryIO, recipients: list) -> Iterator[BinaryIO]:
    """A file object whose bytes are encrypted to `recipients` (age v1) into `out` as they come.

    With the stock `age` program, it encrypts in a process of its own, which takes the plaintext
    on a pipe and gives the ciphertext on another (a thread writes it into `out`); otherwise pyrage
    does the same in a thread of this process. Either way the plaintext only passes through OS
    pipes (buffers in the kernel, never a file), and memory stays at their size whatever the
    bundle's. On an error the encryption is stopped and `out` holds an unfinished file, which the
    caller discards."""
    program = age_program()
    if program:
        with _encrypting_program(program, out, recipients) as w:
            yield w
    else:
        with _encrypting_pyrage(out, recipients) as w:
            yield w


@contextmanager
def _encrypting_program(program: str, out: BinaryIO, recipients: list) -> Iterator[BinaryIO]:
    args = [program, "--encrypt"]
    for r in recipients:
        args += ["--recipient", str(r)]
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    failure: list[BaseException] = []

    def drain() -> None:          # age's output into `out`
        try:
            while True:
                piece = proc.stdout.read(1 << 20)
                if not piece:
                    break
                out.write(piece)
        except BaseException as exc:  # noqa: BLE001  (handed to the caller's thread)
            failure.append(exc)
            proc.kill()

    worker = threading.Thread(target=drain, name="age-output", daemon=True)
    worker.start()
    try:
        yield proc.stdin
        proc.stdin.close()
    except BaseException as exc:
        proc.kill()
        try:
            proc.stdin.close()
        except OSError:
            pass
        worker.join()
        proc.wait()
        if failure and isinstance(exc, OSError):    # a broken pipe: the writing side stopped first
            raise _in_words(failure[0]) from exc
        raise
    worker.join()
    err = proc.stderr.read().decode("utf-8", "replace").strip()
    code = proc.wait()
    if failure:
        raise _in_words(failure[0])
    if code != 0:
        from .errors import StorageError

        raise StorageError("share.error.age_failed", detail=err[:300])


@contextmanager
def _encrypting_pyrage(out: BinaryIO, recipients: list) -> Iterator[BinaryIO]:
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
    addressed to this vault; ShareDamaged when it fails age's checks. The identity never leaves
    memory: the stock `age` program, when installed, gets it on a pipe; else pyrage decrypts."""
    secret = _secret(vault)
    if secret is None:
        raise NotForThisVault()
    program = age_program()
    if program:
        _decrypt_program(program, secret, reader, writer)
    else:
        _decrypt_pyrage(secret, reader, writer)


def _decrypt_pyrage(secret: str, reader: BinaryIO, writer) -> None:
    pyrage = _pyrage()
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


def _decrypt_program(program: str, secret: str, reader: BinaryIO, writer) -> None:
    """`age --decrypt --identity /dev/fd/N`: the identity goes through a pipe (a few dozen bytes,
    written whole before age reads it), the file in on its standard input (a thread feeds it, so
    that `reader` sees every byte age gets), the plaintext out into `writer`."""
    r, w = os.pipe()
    try:
        proc = subprocess.Popen([program, "--decrypt", "--identity", f"/dev/fd/{r}"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, pass_fds=(r,))
    finally:
        os.close(r)
    try:
        os.write(w, secret.encode("ascii") + b"\n")
    finally:
        os.close(w)

    def feed() -> None:
        try:
            while True:
                piece = reader.read(1 << 20)
                if not piece:
                    break
                proc.stdin.write(piece)
        except OSError:            # age stopped reading (a wrong key, a damaged header): said below
            pass
        finally:
            try:
                proc.stdin.close()
            except OSError:
                pass

    feeder = threading.Thread(target=feed, name="age-input", daemon=True)
    feeder.start()
    try:
        while True:
            piece = proc.stdout.read(1 << 20)
            if not piece:
                break
            writer.write(piece)
    except BaseException:
        proc.kill()
        feeder.join()
        proc.wait()
        raise
    feeder.join()
    err = proc.stderr.read().decode("utf-8", "replace").lower()
    if proc.wait() != 0:
        if "no identity matched" in err:
            raise NotForThisVault()
        raise ShareDamaged()
