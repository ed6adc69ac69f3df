"""The court dossier's words on its anchors outside the vault: each exhibit's trusted time and
authority, or "not stamped" in words, in its details; and, on the cover, what the PDF signature and
the trusted time prove and what they do not.

Only a time stamp whose certificate leads to a trusted root is called trusted time
(evidence_kit.timestamps.assess); any other one the exhibit keeps is named as NOT trusted time."""

from __future__ import annotations

from evidence_kit import timestamps, tsa_trust
from ..common import when
from ..pdfkit import esc


def _roots(dossier):
    roots = getattr(dossier, "_tsa_roots", None)
    if roots is None:
        roots = dossier._tsa_roots = tsa_trust.roots(dossier.vault)
    return roots


def _judged(dossier, item) -> list[dict]:
    cache = getattr(dossier, "_tsa_judged", None)
    if cache is None:
        cache = dossier._tsa_judged = {}
    if item.id not in cache:
        cache[item.id] = timestamps.assess(dossier.vault, item, _roots(dossier)) if item.stamps else []
    return cache[item.id]


def metadata_row(dossier, item, row) -> None:
    """One row of an exhibit's details table: every time stamp it has, trusted or not, or that it
    has no trusted one."""
    t, lang = dossier.t, dossier.lang
    judged = _judged(dossier, item)
    record = judged[0].get("record_sha256", "") if judged else ""
    lines = []
    for s in judged:
        key = "court.trust.stamped" if s["trust"] == timestamps.TRUSTED else "court.trust.untrusted"
        lines.append(esc(t(key, when=when(s["gen_time"], lang), tsa=timestamps.tsa_host(s["tsa"]),
                           name=s.get("tsa_name", ""), record=s.get("record_sha256", record))))
    if not judged:
        lines.append(esc(t("court.trust.pending")))
    elif not any(s["trust"] == timestamps.TRUSTED for s in judged):
        lines.append(esc(t("court.trust.no_trusted")))
    row("court.trust.md_label", "<br/>".join(lines))


def cover(dossier) -> list:
    """The cover's plain words on the signature and the trusted time."""
    items = dossier.sel.items
    stamped = sum(1 for i in items if any(s["trust"] == timestamps.TRUSTED for s in _judged(dossier, i)))
    return [dossier.P(esc(dossier.t("court.trust.cover_h")), "h3"),
            dossier.P(esc(dossier.t("court.trust.cover_sig")), "small"),
            dossier.P(esc(dossier.t("court.trust.cover_time", stamped=stamped, total=len(items))), "small")]
