"""Dossiers: the court PDF, the platform takedown report and the verification bundle.

The desktop app calls these from a worker thread (they never touch Qt); the command line calls
them from `evidence-kit export` and `evidence-kit verify-bundle`.

    from export import export_items, verify_bundle

    result = export_items(vault, "court", "/media/usb/dossier.pdf", case="Дело 1",
                          lang="tg", paper="a4", include_sensitive=False,
                          progress=lambda done, total: ...)
    result.path, result.sha256, result.size, result.dossier_id, result.exhibits

    report = verify_bundle("/media/usb/bundle.zip", lang="ru")
    report.ok, report.problems[i].message, report.signature_ok, report.fingerprint

export_items(vault, kind, out_path, item_ids=None, *, case=None, lang="en", paper="a4",
             include_sensitive=False, overwrite=False, progress=None, max_size=None,
             platform=None) -> ExportResult
    kind:        "court" (PDF), "platform" (PDF), "bundle" (ZIP with the court PDF inside)
    item_ids:    ids, id prefixes or exhibit numbers (EK-0003); or give `case` instead
    max_size:    court only: megabytes; a dossier larger than that is cut into volumes
                 NAME-vol1of3.pdf, … each within the limit and complete in itself
    platform:    platform only: "telegram", "instagram", … or a site's host; without it, one
                 report per platform (NAME-telegram.pdf, …; just NAME when there is one)
    result.files lists every file written (path, sha256, size, dossier_id, exhibits, platform)
    include_paths: also show where imported files were on this computer (left out by default:
                 such paths usually hold the login name; see export/privacy.py)
    chat_messages: "marked" (a chat with marked messages shows those; one without marks, all) or
                 "all" (every message; the marked ones still marked); the total is always stated
    progress:    called as progress(done, total) from the worker thread; raise from it (e.g.
                 ExportCancelled) to stop: nothing is left at out_path
    The vault must be open for writing: the export is recorded in its custody log
    (event "exported", with the kind, the sensitive choice, the file's SHA-256 and dossier id).
    Everything is decrypted in memory and streamed into a hidden file beside out_path
    (".NAME.partial-XXXX"), renamed into place only when complete; on any failure it is removed.
    Raises evidence_kit.errors.EvidenceKitError subclasses with words for a person
    (BadInput for a wrong choice, StorageError for a full or read-only disk, ObjectDamaged when a
    sealed file no longer matches its hash, ExportFailed otherwise).

verify_bundle(path, lang=None, expect_fingerprint=None) -> BundleReport
    Checks what VERIFY.txt tells a person to check: the ZIP's structure (no duplicate, unsafe or
    shadowing names; nothing that SHA256SUMS does not cover), every file against SHA256SUMS, the
    Ed25519 signature of SHA256SUMS, the manifest against the files and the key, the custody
    log's chain; with `expect_fingerprint` (obtained separately), that the key is that one.
    Needs no vault and no passphrase.

verify_pdf(path, lang=None, expect_fingerprint=None) -> PdfReport
    Checks a signed PDF (court dossier, platform report): a signature over every byte of the file,
    whose certificate chain leads to a vault's Ed25519 key (report.fingerprint); with
    `expect_fingerprint`, that it is that vault's. BadInput when the path is no file or no PDF.
    See export/pdfverify.py for the exact rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("court", "platform", "bundle")
PAPERS = ("a4", "letter")


@dataclass
class ExportedFile:
    path: Path
    sha256: str
    size: int
    dossier_id: str
    exhibits: list[str] = field(default_factory=list)
    platform: str = ""

    def to_dict(self) -> dict:
        return {"path": str(self.path), "sha256": self.sha256, "size": self.size, "dossier_id": self.dossier_id,
                "exhibits": self.exhibits, **({"platform": self.platform} if self.platform else {})}


@dataclass
class ExportResult:
    kind: str
    path: Path
    sha256: str
    size: int
    dossier_id: str
    exhibits: list[str] = field(default_factory=list)
    include_sensitive: bool = False
    pdf_sha256: str = ""           # for a bundle: the court PDF inside it
    files: list[ExportedFile] = field(default_factory=list)     # every file written
    references_left_out: int = 0   # photos she is looking for, asked for by id: never exported

    def to_dict(self) -> dict:
        return {"kind": self.kind, "path": str(self.path), "sha256": self.sha256, "size": self.size,
                "dossier_id": self.dossier_id, "exhibits": self.exhibits,
                "include_sensitive": self.include_sensitive, "pdf_sha256": self.pdf_sha256 or None,
                "files": [f.to_dict() for f in self.files]}


def export_items(vault, kind: str, out_path, item_ids=None, *, case: str | None = None,
                 lang: str = "en", paper: str = "a4", include_sensitive: bool = False,
                 overwrite: bool = False, progress=None, max_size: float | None = None,
                 platform: str | None = None, include_paths: bool = False,
                 chat_messages: str = "marked") -> ExportResult:
    from ._run import run_export

    return run_export(vault, kind, out_path, item_ids, case=case, lang=lang, paper=paper,
                      include_sensitive=include_sensitive, overwrite=overwrite, progress=progress,
                      max_size=max_size, platform=platform,
                      include_paths=include_paths, chat_messages=chat_messages)


def verify_bundle(path, lang: str | None = None, expect_fingerprint: str | None = None):
    from .bundle import verify_bundle as _verify

    return _verify(path, lang, expect_fingerprint)


def verify_pdf(path, lang: str | None = None, expect_fingerprint: str | None = None):
    from .pdfverify import verify_pdf as _verify

    return _verify(path, lang, expect_fingerprint)


def __getattr__(name):
    if name == "ExportCancelled":
        from .common import ExportCancelled

        return ExportCancelled
    if name == "BundleReport":
        from .bundle import BundleReport

        return BundleReport
    raise AttributeError(name)


__all__ = ["export_items", "verify_bundle", "verify_pdf", "ExportResult", "ExportedFile", "KINDS", "PAPERS", "ExportCancelled",
           "BundleReport"]
