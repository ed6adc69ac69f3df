"""The vault's age identity: the key with which others encrypt evidence to this vault.

Each vault holds one age X25519 identity (age-encryption.org/v1) in a private record
(`Vault.write_private`: sealed under the vault's keys, carried over by `rekey`, never written
anywhere else). Its recipient, the `age1…` string, is public: she gives it to the people who will
send her evidence, and they encrypt a share to it (`evidence-kit share --to age1…`). A lawyer who
does not use Evidence Kit may instead give a recipient made by the stock `age-keygen`.

The identity is made the first time a writable vault is asked for it; the custody log records
that it was made and its recipient. All age work is done by the stock `age` program where it is
installed (in a process of its own: faster), or else by pyrage (the Rust `age` crate): nothing
here implements any part of the format.
"""

from __future__ import annotations

import hashlib
import io
import os
import queue
import shutil
import subprocess
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

    The plaintext goes through an OS pipe (a buffer in the kernel, never a file) to the stock
    `age` program when it is installed, in a process of its own (another core), or else to a
    thread in which pyrage encrypts it (pyrage holds Python's lock while it works, so the bundle
    is then written more slowly). Memory stays at the pipe's size whatever the bundle's. On an
    error the encryption is stopped and `out` holds an unfinished file, which the caller
    discards."""
    program = _age_program()
    r, w = os.pipe()
    failure: list[BaseException] = []
    sink = _Sink(out)
    if program is not None:
        try:
            proc = subprocess.Popen([program, "--encrypt", *[a for rc in recipients for a in ("-r", str(rc))]],
                                    stdin=r, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)
        finally:
            os.close(r)

        def run() -> None:          # age's output into `out` (hashed and counted there)
            try:
                buf = bytearray(1 << 20)
                view = memoryview(buf)
                while n := proc.stdout.readinto(buf):
                    sink.write(view[:n])
            except BaseException as exc:  # noqa: BLE001  (handed to the caller's thread)
                failure.append(sink.failed or exc)
                proc.kill()
            finally:
                proc.stdout.close()
                if proc.wait() != 0 and not failure:
                    failure.append(EvidenceKitError())
    else:
        pyrage = _pyrage()

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


class _Hashing(io.RawIOBase):
    """A file as pyrage reads it, hashed on the way on a thread of its own (hashlib lets go of
    Python's lock, so the SHA-256 of one block runs on the other core while age decrypts it).
    Under a 1 MiB BufferedReader: pyrage asks for 8 KiB at a time."""

    def __init__(self, f):
        super().__init__()
        self._f = f
        self.sha = hashlib.sha256()
        self.size = 0
        self._queue: queue.Queue = queue.Queue(4)
        self._thread = threading.Thread(target=self._hash, name="age-sha256", daemon=True)
        self._thread.start()

    def _hash(self) -> None:
        while (block := self._queue.get()) is not None:
            self.sha.update(block)

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        block = self._f.read(len(buf))        # a block of its own: the reader reuses `buf`
        if block:
            memoryview(buf)[:len(block)] = block
            self._queue.put(block)
            self.size += len(block)
        return len(block)

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        super().close()


def _age_program() -> str | None:
    """The stock `age` program, where it can be given the identity through a pipe."""
    if os.name != "posix" or not os.path.isdir("/dev/fd"):
        return None
    return shutil.which("age")


def decrypt(vault, source: BinaryIO, writer) -> tuple[str, int]:
    """Decrypt the age file `source` (read from where it stands) with this vault's identity into
    `writer` (a file object that keeps the plaintext off the disk: the caller's); the SHA-256
    (lowercase hex) and size of the age file as it was read. NotForThisVault when the file is not
    addressed to this vault; ShareDamaged when it fails age's checks.

    A file on disk is decrypted by the stock `age` program when it is installed (scripts/setup.sh
    installs it): in a process of its own it decrypts on the other core while this one hashes and
    stores, about twice as fast as pyrage, which holds Python's lock while it decrypts. The identity
    reaches it through a pipe, never a file. Elsewhere pyrage decrypts."""
    secret = _secret(vault)
    if secret is None:
        raise NotForThisVault()
    program = _age_program()
    try:
        fd = source.fileno()
    except (AttributeError, OSError, io.UnsupportedOperation):
        fd = None
    if program is not None and fd is not None:
        return _decrypt_with_age(program, secret, fd, source.tell(), writer)
    pyrage = _pyrage()
    ident = pyrage.x25519.Identity.from_str(secret)
    raw = _Hashing(source)
    try:
        pyrage.decrypt_io(io.BufferedReader(raw, buffer_size=1 << 20), writer, [ident])
    except EvidenceKitError:
        raise
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise NotForThisVault() from None
        raise ShareDamaged() from None
    except OSError:
        raise ShareDamaged() from None
    finally:
        raw.close()
    return raw.sha.hexdigest(), raw.size


def _decrypt_with_age(program: str, secret: str, fd: int, start: int, writer) -> tuple[str, int]:
    """`age --decrypt` reading the file from `fd` (its standard input) and writing the plaintext to
    a pipe read here into `writer`; the same bytes are hashed here from `fd` on a thread."""
    r_id, w_id = os.pipe()
    try:
        os.write(w_id, secret.encode("ascii") + b"\n")      # a few dozen bytes: the pipe holds them
    finally:
        os.close(w_id)
    try:
        proc = subprocess.Popen([program, "--decrypt", "--identity", f"/dev/fd/{r_id}"], stdin=fd,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, pass_fds=(r_id,), bufsize=0)
    finally:
        os.close(r_id)
    sha = hashlib.sha256()
    size = [0]
    said = []

    def hash_file() -> None:
        pos = start
        while block := os.pread(fd, 1 << 20, pos):
            sha.update(block)
            pos += len(block)
        size[0] = pos - start

    threads = [threading.Thread(target=hash_file, name="age-sha256", daemon=True),
               threading.Thread(target=lambda: said.append(proc.stderr.read()), name="age-stderr", daemon=True)]
    for t in threads:
        t.start()
    buf = bytearray(1 << 20)
    view = memoryview(buf)
    try:
        while n := proc.stdout.readinto(buf):
            writer.write(view[:n])
    except BaseException:
        proc.kill()
        raise
    finally:
        proc.stdout.close()
        rc = proc.wait()
        for t in threads:
            t.join()
        proc.stderr.close()
    if rc != 0:
        if b"no identity matched" in b"".join(said).lower():
            raise NotForThisVault()
        raise ShareDamaged()
    return sha.hexdigest(), size[0]
