"""The court dossier's timeline appendix: every run of each watched address, its change and the
exhibit that holds it, and what the runs show — first seen, last seen, removed between two runs —
stated from the runs and no more (between two runs nothing is known). Only in dossiers that
hold runs of a watch; its title is listed on the cover with the other appendices."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from evidence_kit import watches as W
from evidence_kit.i18n import tr
from ..common import short_when, when
from ..pdfkit import MONO, esc, mono_line
from .tables import _table

TITLE_KEY = "court.app_timeline"


def watched(dossier) -> list[tuple[dict, list[dict]]]:
    """(watch, its runs) for every watched address with at least one run among these exhibits."""
    ids = set(dossier.sel.ids)
    out = []
    for w in W.watches(dossier.vault, removed=True):
        if any(r.get("item") in ids for r in w["runs"]):
            out.append((w, w["runs"]))
    return out


def has_timeline(dossier) -> bool:
    if not hasattr(dossier, "_watched"):
        dossier._watched = watched(dossier)
    return bool(dossier._watched)


def appendix(dossier) -> list:
    """The appendix's body (its start and title come from the dossier's appendix hook)."""
    if not has_timeline(dossier):
        return []
    d, lang = dossier, dossier.lang
    exhibits = {i.id: i.exhibit for i in d.sel.items}
    out = [d.Pt("court.timeline.intro", "small")]
    for w, runs in dossier._watched:
        out.append(CondPageBreak(40 * mm))
        out.append(d.P(esc(tr("court.timeline.address", lang)), "h2"))
        out.append(mono_line(w["url"], d.fw, d.st["mono"]))
        out.append(d.P(esc(tr("court.timeline.watched", lang, every=W.every_words(w["every_s"], lang),
                              since=short_when(w["added_at"]), runs=len(runs))), "small"))
        if w.get("removed_at"):
            out.append(d.P(esc(tr("court.timeline.unwatched", lang, at=short_when(w["removed_at"]))), "small"))
        out += _statements(d, runs, exhibits)
        out.append(Spacer(1, 2 * mm))
        out.append(_runs_table(d, runs, exhibits, _table))
        out += _posts(d, runs, exhibits, _table)
    out.append(Spacer(1, 3 * mm))
    out.append(d.Pt("court.timeline.limits", "note"))
    return out


def _ex(exhibits: dict, iid: str | None, lang: str) -> str:
    return exhibits.get(iid or "") or tr("court.timeline.not_here", lang)


def _statements(d, runs: list[dict], exhibits: dict) -> list:
    lang = d.lang
    s = W.summary(runs)
    lines = []
    if s["first_seen"]:
        lines.append(tr("court.timeline.first_seen", lang, when=when(s["first_seen"], lang),
                        exhibit=_ex(exhibits, s["first_seen_item"], lang)))
        lines.append(tr("court.timeline.last_seen", lang, when=when(s["last_seen"], lang),
                        exhibit=_ex(exhibits, s["last_seen_item"], lang)))
    else:
        lines.append(tr("court.timeline.never_seen", lang))
    for r in s["removed"]:
        lines.append(tr("court.timeline.removed_between", lang, after=when(r["after"], lang),
                        before=when(r["before"], lang), seen=_ex(exhibits, r["items"][0], lang),
                        gone=_ex(exhibits, r["items"][1], lang)))
    for r in s["back"]:
        lines.append(tr("court.timeline.back_between", lang, after=when(r["after"], lang),
                        before=when(r["before"], lang), gone=_ex(exhibits, r["items"][0], lang),
                        seen=_ex(exhibits, r["items"][1], lang)))
    if s["gone_now"]:
        lines.append(tr("court.timeline.gone_at_last", lang))
    return [KeepTogether([d.P("• " + esc(x), "body") for x in lines])]


def _runs_table(d, runs: list[dict], exhibits: dict, table):
    lang = d.lang
    head = [d.P(esc(tr(k, lang)), "cellb") for k in ("court.timeline.col_n", "court.col_time",
                                                      "court.col_exhibit", "court.timeline.col_http",
                                                      "court.timeline.col_change")]
    rows = [head]
    for n, r in enumerate(runs, 1):
        rows.append([d.P(str(n), "cell"), d.P(esc(short_when(r["at"])), "cell"),
                     d.P(f"<b>{esc(_ex(exhibits, r.get('item'), lang))}</b>", "cell"),
                     d.P(esc(str(r.get("http_status") or "—")), "cell"),
                     d.P(esc(W.change_words(r, lang)), "cell")])
    w = [10 * mm, 34 * mm, 22 * mm, 14 * mm]
    w.append(d.fw - sum(w))
    return table(rows, w, header=True)


def _posts(d, runs: list[dict], exhibits: dict, table) -> list:
    lang = d.lang
    posts = W.posts_summary(d.vault, [r for r in runs if r.get("item") in exhibits])
    if not posts:
        return []
    rows = [[d.P(esc(tr(k, lang)), "cellb") for k in ("court.timeline.col_post", "court.timeline.col_first",
                                                       "court.timeline.col_last", "court.timeline.col_removed")]]
    for p in posts:
        removed = (tr("court.timeline.between", lang, after=short_when(p["removed_after"]),
                      before=short_when(p["removed_before"])) if p["removed_before"] else "—")
        rows.append([d.P(f"<font name='{MONO}' size='7'>{esc(p['id'])}</font>", "cell"),
                     d.P(esc(short_when(p["first_seen"])), "cell"), d.P(esc(short_when(p["last_seen"])), "cell"),
                     d.P(esc(removed), "cell")])
    w = [None, 34 * mm, 34 * mm, 50 * mm]
    w[0] = d.fw - sum(x for x in w if x)
    return [Spacer(1, 2 * mm), d.P(esc(tr("court.timeline.posts", lang)), "h3"),
            d.Pt("court.timeline.posts_intro", "small"), table(rows, w, header=True)]
