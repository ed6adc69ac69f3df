"""A court dossier cut into volumes for e-filing (`export --max-size MB`), each within the size limit
and complete in itself: its own cover (saying which volume it is and which exhibits it holds), the
full index naming every exhibit's volume and page, its exhibits, and the appendices in the last.

The whole dossier is laid out once; if it fits, it is the only file, as without a limit. If not,
each exhibit's share is measured (its pictures' streams and its pages), the exhibits are put into
volumes in order, every volume is laid out, and a volume that still comes out too large gives its
last exhibit to the next one until all fit. An exhibit that cannot fit a volume even alone is
refused in words, with the size it needs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from evidence_kit.errors import BadInput

from .. import pdfa
from .dossier import CourtDossier

PLAN = 0.97          # volumes are planned to this share of the limit; the rest absorbs estimates
ROUNDS = 40          # re-plans at most this often (each moves one exhibit)


@dataclass
class Volume:
    n: int
    total: int
    ids: set[str]
    where: dict[str, int] = field(default_factory=dict)     # item id -> its volume
    last: bool = False


def _raster_bytes(d: CourtDossier) -> dict[str, int]:
    """Bytes of the picture streams each item put into the PDF (a stream shown twice counts once)."""
    out: dict[str, int] = {}
    seen: set[str] = set()
    for key, made in d._pictures.items():
        if made is None:
            continue
        slices = made.slices if hasattr(made, "slices") else [made]
        for sl in slices:
            if sl.raster.name in seen:
                continue
            seen.add(sl.raster.name)
            out[key[1]] = out.get(key[1], 0) + sl.raster.size
    return out


def _pages_per_exhibit(d: CourtDossier, pages: dict[str, int], page_count: int) -> dict[str, int]:
    starts = [(pages[d._exhibit_key(it)], it.id) for it in d.sel.items if d._exhibit_key(it) in pages]
    starts.sort()
    end = pages.get("appendices", page_count + 1)
    out = {}
    for k, (start, iid) in enumerate(starts):
        nxt = starts[k + 1][0] if k + 1 < len(starts) else end
        out[iid] = max(1, nxt - start)
    return out


def _lay_out_all(d: CourtDossier, groups: list[list[str]]):
    """Lay out every volume; then write each with the index's page numbers from all of them."""
    where = {iid: n for n, g in enumerate(groups, 1) for iid in g}
    laid = []
    for n, g in enumerate(groups, 1):
        d.volume = Volume(n, len(groups), set(g), where, last=n == len(groups))
        laid.append(d.lay_out())
    refs = {}
    for n, lay in enumerate(laid, 1):
        for iid in groups[n - 1]:
            it = next(i for i in d.sel.items if i.id == iid)
            key = d._exhibit_key(it)
            refs[key] = str(lay.pages.get(key, ""))
    for it in d.sel.items:              # the technical appendix is in the last volume
        refs[d._tech_key(it)] = str(laid[-1].pages.get(d._tech_key(it), ""))
    out = []
    for n, lay in enumerate(laid, 1):
        d.volume = Volume(n, len(groups), set(groups[n - 1]), where, last=n == len(groups))
        out.append(lay.finish(refs))
    d.volume = None
    return out


def _mb(n: float) -> str:
    return f"{math.ceil(n / 1e5) / 10:.1f}"


def build_volumes(dossier: CourtDossier, max_bytes: int) -> list[bytes]:
    d = dossier
    try:
        whole = d.lay_out()
        pages, page_count = dict(whole.pages), whole.page_count
        refs = {k: str(pages.get(k, "")) for it in d.sel.items for k in (d._exhibit_key(it), d._tech_key(it))}
        single = whole.finish(refs)
        if len(single) <= max_bytes:
            if pdfa.conforms(single):
                return [single]
            d.pdfa = False                     # no PDF/A claim a file fails
            return [d._build_once()]
        # what every volume carries anyway (cover, the full index, fonts), and the appendices
        d.volume = Volume(1, 2, set(), {it.id: 2 for it in d.sel.items}, last=False)
        base = len(d.lay_out().finish(refs))
        d.volume.last = True
        appendices = len(d.lay_out().finish(refs)) - base
        d.volume = None
        # the share of each exhibit: its picture streams, and its pages at the average cost of
        # the rest of an exhibit page
        pictures = _raster_bytes(d)
        n_pages = _pages_per_exhibit(d, pages, page_count)
        rest = len(single) - base - appendices - sum(pictures.values())
        per_page = max(0, rest) / max(1, sum(n_pages.values()))
        share = {it.id: pictures.get(it.id, 0) + per_page * n_pages.get(it.id, 1) for it in d.sel.items}
        budget = max_bytes * PLAN - base
        for it in d.sel.items:
            if share[it.id] > budget:
                raise BadInput("ex.error.volume_too_small", exhibit=it.exhibit, need=_mb(base + share[it.id] / PLAN),
                               limit=_mb(max_bytes))
        if appendices > budget:
            raise BadInput("ex.error.volume_too_small", exhibit="—", need=_mb(base + appendices / PLAN),
                           limit=_mb(max_bytes))
        groups: list[list[str]] = [[]]
        used = 0.0
        for it in d.sel.items:
            if groups[-1] and used + share[it.id] > budget:
                groups.append([])
                used = 0.0
            groups[-1].append(it.id)
            used += share[it.id]
        if used + appendices > budget:
            # the appendices go in the last volume: its trailing exhibits that fit beside them move
            # into a new last volume (which may hold the appendices alone)
            last, tail, cut = groups[-1], 0.0, len(groups[-1])
            while cut > 0 and tail + share[last[cut - 1]] + appendices <= budget:
                cut -= 1
                tail += share[last[cut]]
            groups[-1:] = [last[:cut], last[cut:]]
        for _ in range(ROUNDS):
            volumes = _lay_out_all(d, groups)
            too_big = [k for k, v in enumerate(volumes) if len(v) > max_bytes]
            if not too_big:
                if all(pdfa.conforms(v) for v in volumes):
                    return volumes
                d.pdfa = False                 # no PDF/A claim a file fails (the claim's bytes only shrink it)
                return _lay_out_all(d, groups)
            k = too_big[0]
            if len(groups[k]) <= 1:
                exhibit = next((i.exhibit for i in d.sel.items if i.id in groups[k]), "—")
                raise BadInput("ex.error.volume_too_small", exhibit=exhibit, need=_mb(len(volumes[k])),
                               limit=_mb(max_bytes))
            moved = groups[k].pop()
            if k + 1 == len(groups):
                groups.append([])
            groups[k + 1].insert(0, moved)
        raise BadInput("ex.error.volume_too_small", exhibit="—", need="?", limit=_mb(max_bytes))
    finally:
        d.volume = None
        d._pictures.clear()
