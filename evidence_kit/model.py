"""The data model: an evidence item and its artifacts, as `--json` prints them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SOURCES = ("capture", "import", "chat", "reference")
STATUSES = ("sealed", "failed")

# What kind of abuse an item shows (the user picks; the platform report names them).
ABUSE_KINDS = ("intimate_image", "home_address", "phone_number", "name_with_insults", "threats",
               "impersonation", "other")


@dataclass
class Artifact:
    name: str
    role: str
    media_type: str
    size: int
    sha256: str
    source_url: str | None = None
    object: str = field(default="", repr=False)   # internal: the vault object holding the bytes

    def to_dict(self, *, internal: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "role": self.role, "media_type": self.media_type,
                             "size": self.size, "sha256": self.sha256}
        if self.source_url:
            d["source_url"] = self.source_url
        if internal:
            d["object"] = self.object
        return d

    @staticmethod
    def row_from_state(d: dict[str, Any]) -> dict[str, Any]:
        """`from_dict(d).to_dict()`, without making the Artifact."""
        row = {"name": d["name"], "role": d["role"], "media_type": d["media_type"],
               "size": int(d["size"]), "sha256": d["sha256"]}
        if d.get("source_url"):
            row["source_url"] = d["source_url"]
        return row

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Artifact":
        return cls(name=d["name"], role=d["role"], media_type=d["media_type"], size=int(d["size"]),
                   sha256=d["sha256"], source_url=d.get("source_url"), object=d.get("object", ""))


@dataclass
class Item:
    id: str
    exhibit: str
    case: str
    source: str
    url: str | None
    final_url: str | None
    title: str
    captured_at: str
    status: str
    http_status: int | None
    error: str | None
    sensitive: bool = False
    notes: str = ""
    abuse: list[str] = field(default_factory=list)
    artifacts: list[Artifact] = field(default_factory=list)
    metadata: dict[str, Any] | None = None   # None in index listings: load the item to get it
    # trusted-time tokens received after sealing (custody event item_stamped; evidence_kit/timestamps.py)
    stamps: list[dict[str, Any]] = field(default_factory=list, repr=False)

    def artifact(self, name_or_role: str) -> Artifact | None:
        for a in self.artifacts:
            if a.name == name_or_role:
                return a
        for a in self.artifacts:
            if a.role == name_or_role:
                return a
        return None

    @property
    def site(self) -> str:
        from urllib.parse import urlsplit

        url = self.final_url or self.url
        if not url:
            return ""
        return (urlsplit(url).hostname or "").removeprefix("www.")

    def to_dict(self, *, internal: bool = False, with_metadata: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id, "exhibit": self.exhibit, "case": self.case, "source": self.source,
            "url": self.url, "final_url": self.final_url, "title": self.title,
            "captured_at": self.captured_at, "status": self.status, "http_status": self.http_status,
            "error": self.error, "sensitive": self.sensitive, "notes": self.notes,
            "abuse": list(self.abuse),
            "artifacts": [a.to_dict(internal=internal) for a in self.artifacts],
        }
        if with_metadata:
            d["metadata"] = self.metadata if self.metadata is not None else {}
        return d

    @staticmethod
    def row_from_state(d: dict[str, Any]) -> dict[str, Any]:
        """`from_dict(d).to_dict(with_metadata=False)`, without making the Item (list --json)."""
        get = d.get
        return {"id": d["id"], "exhibit": get("exhibit", ""), "case": get("case", ""),
                "source": d["source"], "url": get("url"), "final_url": get("final_url"),
                "title": get("title", ""), "captured_at": d["captured_at"], "status": d["status"],
                "http_status": get("http_status"), "error": get("error"),
                "sensitive": bool(get("sensitive", False)), "notes": get("notes", ""),
                "abuse": list(get("abuse", [])),
                "artifacts": [Artifact.row_from_state(a) for a in get("artifacts", [])]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Item":
        return cls(id=d["id"], exhibit=d.get("exhibit", ""), case=d.get("case", ""),
                   source=d["source"], url=d.get("url"), final_url=d.get("final_url"),
                   title=d.get("title", ""), captured_at=d["captured_at"], status=d["status"],
                   http_status=d.get("http_status"), error=d.get("error"),
                   sensitive=bool(d.get("sensitive", False)), notes=d.get("notes", ""),
                   abuse=list(d.get("abuse", [])),
                   artifacts=[Artifact.from_dict(a) for a in d.get("artifacts", [])],
                   metadata=d.get("metadata"), stamps=list(d.get("stamps") or []))
