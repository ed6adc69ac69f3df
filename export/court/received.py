"""The court dossier's words on evidence received from another vault (evidence_kit/received.py):
the whole chain of each received exhibit in its details (captured or imported by vault X at T,
handed over in file S on D, received into vault Y at R, the sender confirmed or not), and an
appendix mapping each exhibit to the number it had in the sender's dossier, with the hand-over
files' SHA-256. A vault is named by its fingerprint, the one `evidence-kit fingerprint` prints."""

from __future__ import annotations

from reportlab.lib.units import mm

from ..common import when
from ..pdfkit import MONO, esc
from .tables import _table

TITLE_KEY = "court.app_received"


def _received(item) -> dict | None:
    got = (item.metadata or {}).get("received")
    return got if isinstance(got, dict) else None


def has_received(dossier) -> bool:
    return any(_received(it) for it in dossier.sel.items)


def _confirmed(dossier, got) -> str:
    return dossier.t("court.recv.confirmed" if got.get("sender_confirmed") else "court.recv.unconfirmed")


def chain_text(dossier, item) -> str:
    got = _received(item)
    lang = dossier.lang
    key = "court.recv.chain_captured" if got.get("sender_source") == "capture" else "court.recv.chain_imported"
    return dossier.t(key, sender=got.get("sender_fingerprint", ""), at=when(got.get("sender_captured_at") or item.captured_at, lang),
                     exhibit=got.get("sender_exhibit", ""), file=got.get("share_file", ""),
                     sha=got.get("share_sha256", ""), handed=when(got.get("bundle_created_at"), lang),
                     here=dossier.vault.fingerprint, received=when(got.get("received_at"), lang),
                     confirmed=_confirmed(dossier, got))


def metadata_row(dossier, item, row) -> None:
    if _received(item):
        row("court.recv.md_label", esc(chain_text(dossier, item)))


def appendix(d) -> list:
    t = d.t
    out = [d.Pt("court.recv.intro", "small", here=d.vault.fingerprint)]
    head = [t("court.col_exhibit"), t("court.recv.col_sender_exhibit"), t("court.recv.col_sender"),
            t("court.recv.col_file"), t("court.recv.col_received")]
    rows = [[d.P(esc(x), "cellb") for x in head]]
    for it in d.sel.items:
        got = _received(it)
        if not got:
            continue
        mono = lambda s: d.P(f"<font name='{MONO}' size='6.5'>{esc(s)}</font>", "cell")  # noqa: E731
        rows.append([d.P(f"<b>{esc(it.exhibit)}</b>", "cell"), d.P(esc(got.get("sender_exhibit", "")), "cell"),
                     d.P(f"<font name='{MONO}' size='6.5'>{esc(got.get('sender_fingerprint', ''))}</font><br/>"
                         + esc(_confirmed(d, got)), "cell"),
                     d.P(esc(got.get("share_file", "")) + f"<br/><font name='{MONO}' size='6.5'>"
                         f"SHA-256 {esc(got.get('share_sha256', ''))}</font>", "cell"),
                     mono(when(got.get("received_at"), d.lang))])
    w = [20 * mm, 22 * mm, 48 * mm, None, 30 * mm]
    w[3] = d.fw - sum(x for x in w if x)
    out.append(_table(rows, w, header=True))
    return out


def shared_event_text(details: dict, lang: str) -> str:
    from evidence_kit.i18n import tr

    return tr("court.recv.ev_shared", lang, recipients=", ".join(details.get("recipients") or []),
              sha=(details.get("sha256") or "")[:16])


def item_event_text(details: dict, lang: str) -> str:
    from evidence_kit.i18n import tr

    got = details.get("received") or {}
    return tr("court.recv.ev_item", lang, exhibit=got.get("sender_exhibit", ""),
              sender=(got.get("sender_fingerprint") or "")[:16], sha=(got.get("share_sha256") or "")[:16])


def receipt_event_text(details: dict, lang: str) -> str:
    from evidence_kit.i18n import tr

    key = "court.recv.ev_receipt" if details.get("sender_confirmed") else "court.recv.ev_receipt_unconfirmed"
    return tr(key, lang, sender=(details.get("sender_fingerprint") or "")[:16], sha=(details.get("sha256") or "")[:16])
