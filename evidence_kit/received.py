"""Evidence received from another vault: the exhibits of a checked verification bundle sealed as
items of this vault, with where they came from kept beside them.

The bundle has been decrypted (evidence_kit/identity.py) and checked as `verify-bundle` checks it
(export/share.py) before anything here runs, its exhibits' files sealed as they were checked and
held for the items made here; this module makes the items. Each exhibit becomes one item:

- its files, byte for byte as the sender sealed them (same names, roles, types and SHA-256), and
  the sender's item as it was: source, address, capture time (UTC), title, status, notes, abuse
  kinds and metadata (gaps, changes, platform record);
- beside them, as sealed files of the item: the sender's `record.json` (the bytes their time
  stamps cover), the sender's time-stamp tokens, and the sender's custody entries for the item
  (the lines of the bundle's custody log that name it, unchanged, with their hash chain);
- `metadata["received"]`: the sender's vault fingerprint and whether it was confirmed, the sender's
  exhibit number and item id, the share file's name and SHA-256, the bundle's dossier id and
  date, and when it was received.

Its custody entry is `item_received` (with the same `received` facts); one `share_received` entry
then records the receipt as a whole: the file's SHA-256, the sender, which exhibit became which.
An exhibit already received from the same sender (the same files) is not sealed again; one whose
files the sender withheld (marked sensitive, not included) cannot be, and is named instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .errors import BadInput
from .model import SOURCES, Item
from .timeutil import now_iso

SENDER_RECORD = "sender-record.json"
SENDER_CUSTODY = "sender-custody-log.jsonl"
SENDER_ROLES = ("sender_record", "sender_custody", "sender_time_stamp")


@dataclass
class Sender:
    fingerprint: str
    confirmed: bool
    collector: str | None = None


@dataclass
class ShareFile:
    name: str
    sha256: str
    size: int


@dataclass
class ReceiveResult:
    sender: Sender
    share: ShareFile
    dossier_id: str
    items: list[Item] = field(default_factory=list)
    mapping: list[dict] = field(default_factory=list)       # sender's exhibit -> this vault's
    duplicates: list[dict] = field(default_factory=list)    # already here: sender's -> this vault's
    withheld: list[str] = field(default_factory=list)       # sender's exhibits without their files

    def to_dict(self) -> dict:
        return {"sender_fingerprint": self.sender.fingerprint, "sender_confirmed": self.sender.confirmed,
                "sender_collector": self.sender.collector, "file_name": self.share.name,
                "sha256": self.share.sha256, "size": self.share.size, "dossier_id": self.dossier_id,
                "items": [i.to_dict(with_metadata=False) for i in self.items], "exhibits": self.mapping,
                "duplicates": self.duplicates, "withheld": self.withheld}


def received_shares(vault) -> dict[str, dict]:
    """SHA-256 of every share file received into this vault -> its receipt's details."""
    out = {}
    for rec in vault.custody_log():
        e = rec["entry"]
        if e["event"] == "share_received":
            d = e.get("details") or {}
            out[d.get("sha256", "")] = dict(d, at=e["at"], seq=e["seq"])
    return out


def _held_from(vault) -> dict[tuple, tuple[str, str]]:
    """(sender fingerprint, sorted SHA-256 of the sender's files) -> (exhibit, id) of the item
    already received with them."""
    out = {}
    for rec in vault.custody_log():
        e = rec["entry"]
        if e["event"] != "item_received":
            continue
        d = e.get("details") or {}
        r = d.get("received") or {}
        key = (r.get("sender_fingerprint"), tuple(sorted(r.get("files") or [])))
        item = d.get("item") or {}
        out.setdefault(key, (item.get("exhibit", ""), item.get("id", "")))
    return out


def custody_lines_for(log_bytes: bytes, item_id: str) -> bytes:
    """The lines of a bundle's custody log whose entry names `item_id`, unchanged."""
    out = []
    for line in log_bytes.splitlines(keepends=True):
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        e = rec.get("entry") if isinstance(rec, dict) else None
        if isinstance(e, dict) and item_id in (e.get("items") or []):
            out.append(line if line.endswith(b"\n") else line + b"\n")
    return b"".join(out)


def _file_sha(a: dict) -> str:
    return (a.get("redacted") or {}).get("sha256", a["sha256"])


def import_bundle(vault, zf, manifest: dict, log_bytes: bytes, *, sender: Sender, share: ShareFile,
                  case: str | None = None, progress=None, sealed: dict | None = None) -> ReceiveResult:
    """Seal every exhibit of a checked bundle (`zf`, its parsed `manifest`, its custody log's
    bytes) as items of `vault`, then record the receipt. See the module's docstring.

    `sealed`: {path in the bundle: ObjectRef} of files already written into the vault while the
    bundle was checked (held by a `Vault.hold_objects()` the caller drops afterwards); the others
    are read from `zf`."""
    vault.require_writable()
    received_at = now_iso()
    result = ReceiveResult(sender=sender, share=share, dossier_id=str(manifest.get("dossier_id", "")))
    held = _held_from(vault)
    items = manifest.get("items") or []
    for n, d in enumerate(items, 1):
        exhibit = str(d.get("exhibit", ""))
        files = [a for a in d.get("artifacts") or [] if a.get("path")]
        if d.get("files_withheld") or not files:
            result.withheld.append(exhibit)
            continue
        shas = [_file_sha(a) for a in files]
        key = (sender.fingerprint, tuple(sorted(shas)))
        if key in held:
            result.duplicates.append({"sender_exhibit": exhibit, "exhibit": held[key][0], "id": held[key][1]})
            continue
        facts = {"sender_fingerprint": sender.fingerprint, "sender_confirmed": sender.confirmed,
                 "sender_collector": sender.collector, "sender_exhibit": exhibit,
                 "sender_item_id": d.get("id"), "sender_source": d.get("source"),
                 "sender_captured_at": d.get("captured_at"),
                 "share_file": share.name, "share_sha256": share.sha256,
                 "dossier_id": result.dossier_id, "bundle_created_at": manifest.get("created_at"),
                 "received_at": received_at, "files": sorted(shas)}
        redacted = [a["name"] for a in files if a.get("redacted")]
        if redacted:
            facts["redacted_copies"] = redacted     # a logged-in capture's WARC, without login secrets
        item = _seal_one(vault, zf, d, files, log_bytes, facts, case=case, sealed=sealed or {})
        held[key] = (item.exhibit, item.id)
        result.items.append(item)
        result.mapping.append({"sender_exhibit": exhibit, "sender_id": d.get("id"), "exhibit": item.exhibit,
                               "id": item.id})
        if progress:
            progress(n, len(items))
    if result.items or result.duplicates:
        vault.log_event("share_received", items=[i.id for i in result.items], details={
            "sender_fingerprint": sender.fingerprint, "sender_confirmed": sender.confirmed,
            "sender_collector": sender.collector, "file_name": share.name, "sha256": share.sha256,
            "size": share.size, "dossier_id": result.dossier_id,
            "bundle_created_at": manifest.get("created_at"), "exhibits": result.mapping,
            "duplicates": result.duplicates, "withheld": result.withheld})
    return result


def _seal_one(vault, zf, d: dict, files: list[dict], log_bytes: bytes, facts: dict, *,
              case: str | None, sealed: dict) -> Item:
    source = d.get("source") if d.get("source") in SOURCES and d.get("source") != "reference" else "import"
    metadata = dict(d.get("metadata") or {})
    metadata["received"] = facts
    trust_files = d.get("trust_files") or {}
    stamps = (d.get("trusted_time") or {}).get("stamps") or []
    with vault.new_item(source, case=(d.get("case") or "") if case is None else case,
                        url=d.get("url"), final_url=d.get("final_url"), title=d.get("title") or "",
                        captured_at=d.get("captured_at"), status=d.get("status") or "sealed",
                        http_status=d.get("http_status"), error=d.get("error"),
                        sensitive=bool(d.get("sensitive")), notes=d.get("notes") or "",
                        abuse=list(d.get("abuse") or []), metadata=metadata) as draft:
        for a in files:
            expected = _file_sha(a)
            meta = {"role": a.get("role") or "original", "media_type": a.get("media_type"),
                    "source_url": a.get("source_url")}
            ref = sealed.get(a["path"])
            if ref is not None:
                art = draft.add_held(ref, a["name"], **meta)
            else:
                with zf.open(a["path"]) as f:
                    art = draft.add_stream(a["name"], f, **meta)
            if art.sha256 != expected:        # verified just before: a change now is damage
                raise BadInput("share.error.changed_while_read", name=a["name"])
        record = (trust_files.get("record") or {}).get("path")
        if record:
            draft.add_bytes(SENDER_RECORD, zf.read(record), role="sender_record", media_type="application/json")
        for s in stamps:
            if s.get("path"):
                draft.add_bytes("sender-" + s["path"].rsplit("/", 1)[-1], zf.read(s["path"]),
                                role="sender_time_stamp", media_type="application/timestamp-reply")
        draft.add_bytes(SENDER_CUSTODY, custody_lines_for(log_bytes, str(d.get("id"))),
                        role="sender_custody", media_type="application/jsonl")
        return draft.seal(event="item_received", details={"received": facts})
