"""The court dossier's words on its anchors outside the vault: each exhibit's trusted time and
authority, or "not stamped" in words, in its details; and, on the cover, what the PDF signature and
the trusted time prove and what they do not."""

from __future__ import annotations

from evidence_kit import timestamps
from ..common import when
from ..pdfkit import esc


def metadata_row(dossier, item, row) -> None:
    """One row of an exhibit's details table: every time stamp it has, or that it has none."""
    t, lang = dossier.t, dossier.lang
    if not item.stamps:
        row("court.trust.md_label", esc(t("court.trust.pending")))
        return
    record = item.stamps[0].get("record_sha256", "")
    lines = [esc(t("court.trust.stamped", when=when(s["gen_time"], lang), tsa=timestamps.tsa_host(s["tsa"]),
                   name=s.get("tsa_name", ""), record=s.get("record_sha256", record)))
             for s in item.stamps]
    row("court.trust.md_label", "<br/>".join(lines))


def cover(dossier) -> list:
    """The cover's plain words on the signature and the trusted time."""
    items = dossier.sel.items
    stamped = sum(1 for i in items if i.stamps)
    return [dossier.P(esc(dossier.t("court.trust.cover_h")), "h3"),
            dossier.P(esc(dossier.t("court.trust.cover_sig")), "small"),
            dossier.P(esc(dossier.t("court.trust.cover_time", stamped=stamped, total=len(items))), "small")]
