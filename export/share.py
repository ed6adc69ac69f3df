"""Handing a case to a lawyer: the verification bundle encrypted to her age key (`share`), and
taking such a file into her own vault (`receive`).

share: the bundle `export --kind bundle` makes (the same function writes it) is streamed straight
into age encryption (evidence_kit/identity.py: pyrage, the Rust `age` crate) and from there into a
hidden sibling of the target, renamed into place when complete. The bundle never exists in the
clear, on disk or whole in memory. The custody log records a `shared` entry: the items, the
recipients (`age1…`), the file's SHA-256 and size, and the bundle's size, dossier id and court
PDF.

receive: the file is decrypted with the vault's identity into an encrypted scratch copy in the
vault (evidence_kit/vault/spool.py), never in the clear; the bundle inside is checked by
`verify_bundle`, exactly as `verify-bundle` checks a ZIP (signature, every hash, the custody
chain, the time stamps, the sender's fingerprint when given). The exhibits' files are sealed into
the vault as that check reads them, held apart from every item (`Vault.hold_objects`); only when
nothing is wrong do they become items (evidence_kit/received.py), and otherwise they are removed.
Refusals leave the vault as it was.
"""

from __future__ import annotations

import io
import json
import os
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from evidence_kit import identity
from evidence_kit.errors import BadInput, EvidenceKitError, storage_error
from evidence_kit.i18n import normalise
from evidence_kit.received import ReceiveResult, Sender, ShareFile, import_bundle, received_shares

from . import signing
from ._run import write_bundle_into
from .common import check_target, dossier_id, now, safe_output, select, wrap_error
from .privacy import for_export


class ShareNotVerified(EvidenceKitError):
    """The bundle inside a share fails the check `verify-bundle` makes (exit 1)."""
    key = "share.error.not_verified"

    def __init__(self, problems: list, **params):
        super().__init__(**params)
        self.problems = problems


@dataclass
class ShareResult:
    path: Path
    sha256: str
    size: int
    bundle_size: int
    dossier_id: str
    recipients: list[str]
    exhibits: list[str] = field(default_factory=list)
    include_sensitive: bool = False
    references_left_out: int = 0

    def to_dict(self) -> dict:
        return {"path": str(self.path), "sha256": self.sha256, "size": self.size,
                "bundle_size": self.bundle_size, "dossier_id": self.dossier_id,
                "recipients": self.recipients, "exhibits": self.exhibits,
                "include_sensitive": self.include_sensitive}


class _Counting:
    """The bundle's bytes on their way to the encryption, counted (the ZIP writer asks where it
    is). Not hashed: the custody log holds the encrypted file's SHA-256, and the bundle inside
    carries its own signed SHA256SUMS; a third hash pass over a large case cost a tenth of the
    share's time."""

    def __init__(self, f):
        self._f = f
        self.size = 0

    def write(self, data) -> int:
        self.size += len(data)
        return self._f.write(data)

    def flush(self) -> None:
        self._f.flush()

    def tell(self) -> int:
        return self.size

    def seekable(self) -> bool:
        return False


def share_items(vault, out_path, item_ids=None, *, case=None, recipients=(), lang="en", paper="a4",
                include_sensitive=False, overwrite=False, progress=None) -> ShareResult:
    """Write the chosen items' verification bundle, encrypted to `recipients`, at `out_path`."""
    given = [r.strip() for r in recipients if r and r.strip()]
    if not given:
        raise BadInput("share.error.no_recipient")
    parsed = [identity.parse_recipient(r) for r in given]     # each checked before any work
    given = list(dict.fromkeys(str(p) for p in parsed))
    lang = normalise(lang) or "en"
    vault.require_writable()
    sel = select(vault, case=case, item_ids=item_ids)
    sel.items = for_export(sel.items, include_paths=False)
    if any(i.source == "reference" for i in sel.items):
        raise BadInput("ex.error.only_references")
    out_path = Path(out_path).expanduser()
    check_target(out_path, overwrite=overwrite)
    include_sensitive = bool(include_sensitive)
    head = signing.stamp_head(vault, sel)
    at = now()
    did = dossier_id(vault, "bundle", sel.ids, at)
    try:
        with safe_output(out_path, overwrite=overwrite) as out:
            with identity.encrypting(out, parsed) as plain:
                inner = _Counting(plain)
                pdf_sha, sig = write_bundle_into(inner, vault, sel, lang=lang, paper=paper,
                                                 include_sensitive=include_sensitive, did=did, at=at,
                                                 progress=progress)
    except EvidenceKitError:
        raise
    except KeyboardInterrupt:
        raise
    except Exception as exc:
        raise wrap_error(exc) from exc
    result = ShareResult(path=out_path, sha256=out.sha.hexdigest(), size=out.size,
                         bundle_size=inner.size, dossier_id=did, recipients=given,
                         exhibits=[i.exhibit for i in sel.items], include_sensitive=include_sensitive,
                         references_left_out=sel.left_out)
    details = {"kind": "bundle", "format": "age-encryption.org/v1", "recipients": given,
               "sha256": result.sha256, "size": result.size, "file_name": out_path.name,
               "bundle_size": inner.size,
               "include_sensitive": include_sensitive, "dossier_id": did, "language": lang, "paper": paper,
               "court_pdf_sha256": pdf_sha}
    details.update(signing.details(sig, head))
    try:
        vault.log_event("shared", items=sel.ids, details=details)
    except BaseException:      # a share the custody log does not know of must not exist
        try:
            out_path.unlink()
        except OSError:
            pass
        raise
    if progress:
        try:
            progress(1, 1)
        except Exception:  # noqa: BLE001
            pass
    return result


# ---------------------------------------------------------------------------------- receive
# problems that say the decrypted file is no bundle at all, rather than a damaged one
_NOT_A_BUNDLE = ("not_zip", "bad_manifest")


class OpenedShare:
    """A share decrypted into an encrypted scratch copy and checked: who sent it (`sender`), what
    it holds (`manifest`), and `receive()` to seal its exhibits. Close it (or use `with`)."""

    def __init__(self, vault, spool, zf, manifest, log_bytes, sender, share, report, hold, sealed):
        self.vault, self._spool, self._zf = vault, spool, zf
        self._hold, self._sealed = hold, sealed
        self.manifest, self._log_bytes = manifest, log_bytes
        self.sender, self.share, self.report = sender, share, report

    @property
    def exhibits(self) -> list[dict]:
        """What it holds: each exhibit's number, title, capture time and file count in the sender's vault."""
        return [{"exhibit": d.get("exhibit", ""), "title": d.get("title", ""), "url": d.get("url"),
                 "captured_at": d.get("captured_at"), "files": len(d.get("artifacts") or []),
                 "withheld": bool(d.get("files_withheld"))} for d in self.manifest.get("items") or []]

    def receive(self, *, case: str | None = None, progress=None) -> ReceiveResult:
        if self.share.sha256 in received_shares(self.vault):     # asked again since it was opened
            raise BadInput("share.error.already_received", sha=self.share.sha256)
        return import_bundle(self.vault, self._zf, self.manifest, self._log_bytes, sender=self.sender,
                             share=self.share, case=case, progress=progress, sealed=self._sealed)

    def close(self) -> None:
        """Let go of the scratch copy, and of the files sealed ahead that no item took."""
        try:
            self._hold.discard()
        finally:
            try:
                self._zf.close()
            finally:
                self._spool.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_share(vault, path, *, expect_fingerprint: str | None = None, lang: str | None = None) -> OpenedShare:
    """Decrypt and check the share at `path` for `vault` (see the module's docstring). Refusals:
    BadInput (exit 2) for no such file, a file that is no share, one addressed to another vault,
    one already received; ShareDamaged or ShareNotVerified (exit 1) for one that fails the checks."""
    from evidence_kit.vault.spool import EncryptedSpool

    from .bundle import verify_bundle
    from .bundle.write import EXHIBITS, FORMAT, LOG
    from .bundle.zipstream import ZipStreamReader

    vault.require_writable()
    path = Path(path).expanduser()
    try:
        st = os.stat(path)
    except OSError:
        raise BadInput("share.error.no_file", path=str(path)) from None
    if not stat.S_ISREG(st.st_mode):
        raise BadInput("share.error.no_file", path=str(path))
    try:
        f = open(path, "rb", buffering=0)
    except OSError as exc:
        raise storage_error(exc) from exc
    spool = EncryptedSpool(vault.tmp_dir)
    zf = hold = None
    try:
        # the exhibits' files are sealed into the vault as the file is decrypted (a large case is
        # read once, and not copied into the scratch copy as well), held apart from every item
        # until the whole bundle checks out
        hold = vault.hold_objects()
        stream = ZipStreamReader(spool, lambda name: hold.writer() if name.startswith(EXHIBITS) else None,
                                 skip_taken=True)
        with f:
            if not identity.is_age_file(f.read(len(identity.AGE_MAGIC))):
                raise BadInput("share.error.not_a_share", path=str(path))
            f.seek(0)
            sha, size = _decrypt(vault, f, stream, spool)
        share = ShareFile(name=path.name, sha256=sha, size=size)
        if share.sha256 in received_shares(vault):
            raise BadInput("share.error.already_received", sha=share.sha256)
        zf, manifest = _directory(spool)
        exhibit_files = _exhibit_files(manifest)
        streamed = stream.entries if _followed(zf, stream, exhibit_files) else None
        if streamed is None:
            # a ZIP the stream could not follow to its end (made another way, or damaged): what
            # it skipped is not in the scratch copy, so the file is decrypted once more, whole
            hold.discard()
            if zf is not None:
                zf.close()
            spool.close()
            zf, hold, spool = None, vault.hold_objects(), EncryptedSpool(vault.tmp_dir)
            with open(path, "rb", buffering=0) as f:
                if _decrypt(vault, f, spool, spool)[0] != share.sha256:
                    raise BadInput("share.error.changed_while_read", name=path.name)
            zf, manifest = _directory(spool)
            exhibit_files = _exhibit_files(manifest)
        writers = {}

        def tee(name):          # an exhibit's file the stream could not follow: sealed as checked
            if name in exhibit_files:
                writers[name] = hold.writer()
                return writers[name]
            return None

        report = verify_bundle(spool, lang, expect_fingerprint, tee=tee, streamed=streamed)
        codes = {p.code for p in report.problems}
        if codes & set(_NOT_A_BUNDLE) or (codes and "missing" in codes and not report.fingerprint):
            raise BadInput("share.error.not_a_share", path=str(path))
        if report.problems:
            raise ShareNotVerified(report.problems, count=len(report.problems))
        if zf is None or manifest is None or manifest.get("format") != FORMAT:    # read before the check
            raise BadInput("share.error.not_a_share", path=str(path))
        log_bytes = zf.read((manifest.get("custody_log") or {}).get("path", LOG))
        sender = Sender(fingerprint=report.fingerprint, confirmed=expect_fingerprint is not None,
                        collector=manifest.get("collector"))
        sealed = {name: e.sink.ref for name, e in (streamed or {}).items() if name in exhibit_files}
        sealed.update((name, w.ref) for name, w in writers.items() if w.ref is not None)
        return OpenedShare(vault, spool, zf, manifest, log_bytes, sender, share, report, hold, sealed)
    except BaseException:
        try:
            if hold is not None:
                hold.discard()
        finally:
            if zf is not None:
                zf.close()
            spool.close()
        raise


def _decrypt(vault, f, into, spool) -> tuple[str, int]:
    """Decrypt the share `f` into `into` (the stream reader, or the scratch copy itself); the
    file's SHA-256 and size. The scratch copy is finished."""
    sink = io.BufferedWriter(into, buffer_size=1 << 20)      # 1 MiB at a time, not age's 8 KiB
    try:
        sha, size = identity.decrypt(vault, f, sink)
        sink.flush()
    except identity.ShareDamaged:
        if spool.failed is not None:       # our scratch copy failed (a full disk)
            raise storage_error(spool.failed) from None
        raise
    finally:
        try:
            sink.detach()                  # the spool stays open: it is read next
        except (OSError, ValueError):
            pass
        if into is not spool:
            into.finish()                  # the stream reader: what it holds back goes on
    spool.finish()
    return sha, size


def _directory(spool):
    """The decrypted bundle's ZIP and its manifest, read once, before the bundle is checked; None
    for what cannot be read (the check then says in words what is wrong)."""
    from .bundle.write import MANIFEST

    try:
        zf = zipfile.ZipFile(spool)
    except Exception:  # noqa: BLE001 - not a ZIP: the check says so in words
        return None, None
    try:
        manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except Exception:  # noqa: BLE001 - no readable manifest: the check says so in words
        return zf, None
    return zf, manifest if isinstance(manifest, dict) else None


def _followed(zf, stream, exhibit_files: set[str]) -> bool:
    """Whether the stream followed the ZIP to its central directory, found every entry it took
    where the directory puts it, and skipped in the scratch copy only exhibits' files (which
    nothing reads there again: the time stamps and records beside them are read)."""
    from .bundle.verify import same_entry

    if zf is None or not stream.complete:
        return False
    if any(e.skipped and name not in exhibit_files for name, e in stream.entries.items()):
        return False
    return all(same_entry(zf, name, e) for name, e in stream.entries.items())


def _exhibit_files(manifest: dict | None) -> set[str]:
    """Paths of the exhibits' files the bundle's manifest lists, read before the bundle is checked
    (only to know which files were sealed on the way: nothing is kept unless all checks out)."""
    try:
        return {a["path"] for d in (manifest or {}).get("items") or [] for a in d.get("artifacts") or []
                if isinstance(a, dict) and isinstance(a.get("path"), str) and not a.get("withheld")}
    except (AttributeError, TypeError):    # a manifest of another shape: the check says so
        return set()


def receive_share(vault, path, *, expect_fingerprint=None, case=None, lang=None, progress=None) -> ReceiveResult:
    with open_share(vault, path, expect_fingerprint=expect_fingerprint, lang=lang) as opened:
        return opened.receive(case=case, progress=progress)
