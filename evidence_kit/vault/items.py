"""Writing an item: an `ItemDraft` collects sealed artifacts, then `seal()` commits it."""

from __future__ import annotations

import re
import unicodedata
from typing import BinaryIO

from .. import tool_version
from ..jsonutil import canonical_chunks
from ..model import SOURCES, Artifact, Item
from ..timeutil import now_iso
from .objects import KIND_ARTIFACT, KIND_MANIFEST, ObjectRef

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')


def safe_name(name: str) -> str:
    """A file name that is safe to write on Windows, macOS and Linux, keeping the words."""
    name = unicodedata.normalize("NFC", name)
    name = _UNSAFE.sub("_", name).strip().strip(".") or "file"
    if name.upper().split(".")[0] in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
                                      *(f"LPT{i}" for i in range(10))}:
        name = "_" + name
    while len(name.encode("utf-8")) > 200:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:-1] + dot + ext) if dot and len(ext) < 12 and stem else name[:-1]
    return name


class HeldObjects:
    """Objects written before the item they belong to exists, kept from `gc` until they are
    handed to an item (`ItemDraft.add_held`) or dropped (`discard()`, or leaving a `with` block):
    what a dropped batch created and nothing else holds is removed.

    A received share's files are sealed this way while they are being checked, so that a large
    case is read once: if the check fails, nothing was added.
    """

    def __init__(self, vault):
        self.vault = vault
        self._created: list[str] = []
        self._claimed: list[str] = []
        self._done = False

    def _claim(self, ref: ObjectRef) -> None:
        with self.vault._write_lock:
            self.vault._inflight[ref.name] = self.vault._inflight.get(ref.name, 0) + 1
        self._claimed.append(ref.name)
        if ref.created:
            self._created.append(ref.name)

    def writer(self) -> "_HeldWriter":
        """A file-like object for one artifact's content: `write()`, then `close()` (the
        ObjectRef, held here) or `abort()`. `sha256()` gives the hash of what was written."""
        self._check_open()
        return _HeldWriter(self)

    def _check_open(self) -> None:
        if self._done:
            raise ValueError("these objects are already sealed or discarded")

    def _release(self) -> None:
        with self.vault._write_lock:
            for name in self._claimed:
                left = self.vault._inflight.get(name, 0) - 1
                if left <= 0:
                    self.vault._inflight.pop(name, None)
                else:
                    self.vault._inflight[name] = left
        self._claimed = []

    def discard(self) -> None:
        """Drop what is held: remove the objects written here that nothing else holds."""
        if self._done:
            return
        v = self.vault
        with v._write_lock:
            self._release()
            referenced = set()
            for d in v._state.items.values():
                referenced.update(a["object"] for a in d.get("artifacts", []))
            for name in self._created:
                if name not in referenced and name not in v._inflight:
                    v.objects.delete(name)
        self._done = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if not self._done:
            self.discard()


class _HeldWriter:
    def __init__(self, held: HeldObjects):
        self._held = held
        self._w = held.vault.objects.writer(KIND_ARTIFACT)
        self.ref: ObjectRef | None = None

    def write(self, data) -> int:
        self._w.write(data)
        return len(data)

    def sha256(self) -> str:
        return self._w.sha256()

    def close(self) -> ObjectRef:
        if self.ref is None:
            self.ref = self._w.close(durable=self._held.vault.durable)
            self._held._claim(self.ref)
        return self.ref

    def abort(self) -> None:
        if self.ref is None:
            self._w.abort()


class ItemDraft(HeldObjects):
    """An item being written. Artifacts are sealed into objects as they are added; `seal()` commits.

    Nothing is visible in the vault until `seal()`; `discard()` (or leaving a `with` block by an
    exception) removes the objects this draft created.

    `vault` is the Vault that made the draft (`Vault.new_item`): vault.py imports this module, this
    module does not import vault.py.
    """

    def __init__(self, vault, source: str, *, case: str = "", url: str | None = None,
                 final_url: str | None = None, title: str = "", captured_at: str | None = None,
                 status: str = "sealed", http_status: int | None = None, error: str | None = None,
                 sensitive: bool = False, notes: str = "", abuse: list[str] | None = None,
                 metadata: dict | None = None):
        if source not in SOURCES:
            raise ValueError(f"source must be one of {SOURCES}")
        self.vault = vault
        self.source = source
        self.case = case
        self.url = url
        self.final_url = final_url
        self.title = title
        self.captured_at = captured_at or now_iso()
        self.status = status
        self.http_status = http_status
        self.error = error
        self.sensitive = sensitive
        self.notes = notes
        self.abuse = list(abuse or [])
        self.metadata: dict = dict(metadata or {})
        self.artifacts: list[Artifact] = []
        super().__init__(vault)

    # -- adding artifacts
    def _unique_name(self, name: str) -> str:
        name = safe_name(name)
        taken = {a.name for a in self.artifacts}
        if name not in taken:
            return name
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        n = 2
        while True:
            cand = f"{stem} ({n}){dot}{ext}"
            if cand not in taken:
                return cand
            n += 1

    def _add(self, ref: ObjectRef, name: str, role: str, media_type: str | None,
             source_url: str | None) -> Artifact:
        self._claim(ref)
        art = Artifact(name=self._unique_name(name), role=role,
                       media_type=media_type or "application/octet-stream", size=ref.size,
                       sha256=ref.sha256, source_url=source_url, object=ref.name)
        self.artifacts.append(art)
        return art

    def add_bytes(self, name: str, data: bytes, *, role: str, media_type: str | None = None,
                  source_url: str | None = None) -> Artifact:
        self._check_open()
        ref = self.vault.objects.put_bytes(data, KIND_ARTIFACT, durable=self.vault.durable)
        return self._add(ref, name, role, media_type, source_url)

    def add_stream(self, name: str, stream: BinaryIO, *, role: str, media_type: str | None = None,
                   source_url: str | None = None, expected_size: int | None = None) -> Artifact:
        self._check_open()
        ref = self.vault.objects.put_stream(stream, KIND_ARTIFACT, expected_size=expected_size,
                                            durable=self.vault.durable)
        return self._add(ref, name, role, media_type, source_url)

    def add_held(self, held_ref: ObjectRef, name: str, *, role: str, media_type: str | None = None,
                 source_url: str | None = None) -> Artifact:
        """An artifact whose object was written already, held by a `HeldObjects`."""
        self._check_open()
        return self._add(held_ref, name, role, media_type, source_url)

    def artifact_writer(self, name: str, *, role: str, media_type: str | None = None,
                        source_url: str | None = None) -> "_ArtifactWriter":
        """A file-like object to stream an artifact in (e.g. a WARC); close() adds it to the item."""
        self._check_open()
        return _ArtifactWriter(self, name, role, media_type, source_url)

    # -- committing
    def seal(self, *, event: str | None = None, details: dict | None = None) -> Item:
        """Commit the item. `event` names its custody entry when it is not the source's own
        (an item received from another vault: "item_received"); `details` go into that entry."""
        self._check_open()
        v = self.vault
        with v._write_lock:
            iid = v._new_id()
            exhibit = f"EK-{len(v._state.order) + 1:04d}"
            item = Item(id=iid, exhibit=exhibit, case=self.case.strip(), source=self.source,
                        url=self.url, final_url=self.final_url, title=self.title,
                        captured_at=self.captured_at, status=self.status,
                        http_status=self.http_status, error=self.error, sensitive=self.sensitive,
                        notes=self.notes, abuse=self.abuse, artifacts=list(self.artifacts),
                        metadata=self.metadata)
            v._check_appendable()
            # "log" names the custody entry this manifest is meant for: a manifest whose entry was
            # never written (an interrupted save) can then be told apart from one whose entry was
            # removed (evidence missing from the log), which is never deleted
            manifest = {"format": "evidence-kit-manifest", "version": 2, "vault_id": v.vault_id,
                        "sealed_at": now_iso(ms=True), "tool": tool_version(),
                        "log": {"seq": v._state.seq + 1, "prev": v._state.hash},
                        "item": item.to_dict(internal=True)}
            try:
                mref = v.objects.put_chunks(canonical_chunks(manifest), KIND_MANIFEST, durable=v.durable)
            except BaseException:
                self.discard()
                raise
            summary = item.to_dict(internal=True, with_metadata=False)
            event = event or ("item_captured" if self.source == "capture" else "item_imported")
            try:
                v.log_event(event, items=[iid], details={
                    **(details or {}),
                    "item": summary, "manifest": mref.name, "manifest_sha256": mref.sha256,
                    "artifacts": [{"name": a.name, "sha256": a.sha256} for a in item.artifacts]})
            except BaseException:
                if iid not in v._state.items:
                    # the custody entry was not written: nothing of this item counts yet
                    if mref.created:
                        v.objects.delete(mref.name)
                    self.discard()
                else:
                    # committed: the item stays whatever failed after its entry
                    self._release()
                    self._done = True
                raise
            self._release()
            self._done = True
        from ..perceptual import after_seal

        after_seal(v, item)     # fingerprints of its pictures (a cache; never undoes the seal)
        return item


class _ArtifactWriter(_HeldWriter):
    """An artifact streamed into a draft: `close()` adds it to the item (and gives the Artifact)."""

    def __init__(self, draft: ItemDraft, name, role, media_type, source_url):
        super().__init__(draft)
        self._meta = (name, role, media_type, source_url)
        self.artifact: Artifact | None = None

    def close(self) -> Artifact:
        if self.artifact is None:
            self.ref = self._w.close(durable=self._held.vault.durable)
            name, role, media_type, source_url = self._meta
            self.artifact = self._held._add(self.ref, name, role, media_type, source_url)
        return self.artifact

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.close()
        else:
            self.abort()
