"""Watched addresses: captured again and again, each run compared with the one before.

A watch is a page that matters — a shaming channel, a post — captured every `every_s` seconds
(`evidence-kit watch run` from the system's scheduler, or the app while it is open). Each run is
an ordinary sealed capture; a custody entry `watch_run` links it to its watch and records its
**change** against the previous run that was captured:

    first       the first run of this watch
    unchanged   the same posts, text and media as before
    changed     posts added or removed, text edited, media added or removed (`what` says which)
    gone        the site answered 4xx/5xx, or the platform's own "not found"/"removed" page
    back        there again after a run that found it gone
    failed      the page could not be captured at all (no answer): says nothing about the page

Two captures of a platform page that lists its posts (`metadata["platform"]["posts"]`, e.g. a
Telegram channel) are compared post by post: by post id, text and the SHA-256 of each post's
media. A post that is no longer listed only counts as removed if it lies between the oldest and the
newest post of the new capture; older ones have merely scrolled out of the page's window. Other
pages are compared by their visible text (line by line) and the SHA-256 of their media files.

State, replayed from the custody log by the vault (`vault.watching()`, see `replay`):

    {"watches": {id: {"id", "url", "every_s", "case", "added_at", "removed_at",
                      "runs": [{"seq", "at", "item", "exhibit", "http_status", "status",
                                "present", "change", "what"}]}},
     "retired_references": [item id, ...]}
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from .errors import BadInput
from .i18n import tr
from .ids import random_id
from .timeutil import from_iso, to_iso, utc_now

CHANGES = ("first", "unchanged", "changed", "gone", "back", "failed")
DEFAULT_EVERY_S = 6 * 3600
MIN_EVERY_S = 15 * 60
MAX_EVERY_S = 60 * 86400
WHAT_IDS = 50              # post ids kept per kind of change (the counts are always whole)

# The words platforms put on a page that is not there any more (visible text, lower case).
# Only looked for on these platforms' own addresses, and only on a short page.
GONE_MARKERS = {
    "instagram.com": ("sorry, this page isn't available", "эта страница недоступна",
                      "this page isn't available"),
    "youtube.com": ("video unavailable", "this video isn't available anymore", "видео недоступно",
                    "this video has been removed", "this video is private"),
    "youtu.be": ("video unavailable", "видео недоступно"),
    "tiktok.com": ("video currently unavailable", "couldn't find this account", "this video is unavailable"),
    "facebook.com": ("this content isn't available right now", "this page isn't available"),
    "vk.com": ("запись удалена", "post deleted", "страница удалена", "page deleted"),
    "t.me": ("this channel can't be displayed", "this post is not available", "post not found"),
}
GONE_GAP_WORDS = ("not_found", "removed", "deleted", "unavailable")
SHORT_PAGE = 4000          # characters of visible text: a "not found" page is short


# ------------------------------------------------------------------------------ replay
def _watch_of(state: dict, wid: str) -> dict | None:
    return state.setdefault("watches", {}).get(wid)


def replay(state: dict, entry: dict) -> None:
    """Apply one custody entry of a watch event to the state (called by the vault's replay)."""
    event, d = entry["event"], entry.get("details") or {}
    if event == "reference_removed":
        retired = state.setdefault("retired_references", [])
        for iid in entry.get("items", []):
            if iid not in retired:
                retired.append(iid)
        return
    wid = d.get("watch")
    if not wid:
        return
    if event == "watch_added":
        state.setdefault("watches", {})[wid] = {
            "id": wid, "url": d["url"], "every_s": int(d["every_s"]), "case": d.get("case", ""),
            "added_at": entry["at"], "removed_at": None, "runs": []}
        return
    w = _watch_of(state, wid)
    if w is None:
        return
    if event == "watch_changed":
        for k in ("every_s", "case"):
            if k in d:
                w[k] = d[k]
    elif event == "watch_removed":
        w["removed_at"] = entry["at"]
    elif event == "watch_run":
        w["runs"].append({"seq": entry["seq"], "at": d.get("captured_at") or entry["at"],
                          "item": d.get("item"), "exhibit": d.get("exhibit", ""),
                          "http_status": d.get("http_status"), "status": d.get("status"),
                          "present": d.get("present"), "change": d.get("change"),
                          "what": d.get("what") or {}})


# ------------------------------------------------------------------------------ reading
def parse_every(text: str | None) -> int:
    """'6h', '30m', '1d', '2h30m', '90' (minutes) -> seconds; BadInput otherwise."""
    if text is None or not str(text).strip():
        return DEFAULT_EVERY_S
    t = str(text).strip().lower().replace(" ", "")
    if t.isdigit():
        seconds = int(t) * 60
    else:
        parts = re.fullmatch(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m(?:in)?)?", t)
        if not parts or not any(parts.groups()):
            raise BadInput("watch.bad_every", value=text)
        d, h, m = (int(x or 0) for x in parts.groups())
        seconds = d * 86400 + h * 3600 + m * 60
    if not MIN_EVERY_S <= seconds <= MAX_EVERY_S:
        raise BadInput("watch.every_range", value=text)
    return seconds


def every_text(seconds: int) -> str:
    d, rest = divmod(int(seconds), 86400)
    h, rest = divmod(rest, 3600)
    m = rest // 60
    return "".join(f"{v}{u}" for v, u in ((d, "d"), (h, "h"), (m, "m")) if v) or "0m"


def every_words(seconds: int, lang: str | None = None) -> str:
    """The interval in words of `lang` ("every 6 hours", "каждые 6 часов", "ҳар 6 соат"), in the
    largest unit that counts it whole (36 hours, not "1 day 12 hours")."""
    s = max(0, int(seconds))
    if s and s % 86400 == 0:
        return tr("watch.every_days", lang, count=s // 86400)
    if s and s % 3600 == 0:
        return tr("watch.every_hours", lang, count=s // 3600)
    return tr("watch.every_minutes", lang, count=s // 60)


def same_address(a: str, b: str) -> bool:
    """Two spellings of one address (case of the host, a trailing slash)."""
    def norm(u: str) -> str:
        s = urlsplit(u.strip())
        return f"{s.scheme.lower()}://{(s.netloc or '').lower()}{s.path.rstrip('/') or '/'}" + \
               (f"?{s.query}" if s.query else "")
    return norm(a) == norm(b)


def watches(vault, *, removed: bool = False) -> list[dict]:
    """The watches (oldest first); with `removed`, also those no longer watched."""
    state = vault.watching("watches") or {}
    out = [w for w in state.values() if removed or not w.get("removed_at")]
    return sorted(out, key=lambda w: w["added_at"])


def find_watch(vault, url_or_id: str, *, removed: bool = False) -> dict | None:
    for w in watches(vault, removed=removed):
        if w["id"] == url_or_id or same_address(w["url"], url_or_id):
            return w
    return None


def last_run_at(w: dict):
    return from_iso(w["runs"][-1]["at"]) if w["runs"] else None


def next_due(w: dict):
    last = last_run_at(w)
    return None if last is None else last + timedelta(seconds=int(w["every_s"]))


def is_due(w: dict, now=None) -> bool:
    if w.get("removed_at"):
        return False
    due = next_due(w)
    return due is None or (now or utc_now()) >= due


def due_watches(vault, now=None) -> list[dict]:
    return [w for w in watches(vault) if is_due(w, now)]


# ------------------------------------------------------------------------------ changing
def add_watch(vault, url: str, *, every_s: int | None = None, case: str | None = None) -> tuple[dict, bool]:
    """Watch `url` (already checked to be a web address). Watching it again changes the interval
    and case given (None keeps them). Returns (watch, created)."""
    case = None if case is None else case.strip()
    w = find_watch(vault, url)
    if w is not None:
        changes = {k: v for k, v in (("every_s", every_s), ("case", case)) if v is not None and w.get(k) != v}
        if changes:
            vault.log_event("watch_changed", details={"watch": w["id"], **changes})
        return find_watch(vault, w["id"]), False
    wid = random_id(8, vault.watching("watches") or {}, prefix="w")
    vault.log_event("watch_added", details={"watch": wid, "url": url,
                                            "every_s": int(every_s or DEFAULT_EVERY_S), "case": case or ""})
    return find_watch(vault, wid), True


def remove_watch(vault, url_or_id: str) -> dict:
    w = find_watch(vault, url_or_id)
    if w is None:
        raise BadInput("watch.not_watched", url=url_or_id)
    vault.log_event("watch_removed", details={"watch": w["id"], "url": w["url"]})
    return w


# ------------------------------------------------------------------------------ comparing
@dataclass
class Snapshot:
    """What of one capture is compared with another."""
    present: bool
    http_status: int | None
    posts: dict[str, dict] | None     # id -> {"text", "media": [sha256...]} for platform pages
    lines: list[str]
    media: set[str]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _platform_gone(item, text: str) -> bool:
    md = item.metadata or {}
    plat = md.get("platform") or {}
    for g in plat.get("gaps") or []:
        key = str((g or {}).get("key", "")).lower()
        if any(w in key for w in GONE_GAP_WORDS):
            return True
    host = (urlsplit(item.final_url or item.url or "").hostname or "").lower().removeprefix("www.")
    host = host.removeprefix("m.")
    markers = next((m for h, m in GONE_MARKERS.items() if host == h or host.endswith("." + h)), ())
    if not markers or len(text) > SHORT_PAGE:
        return False
    low = text.lower()
    return any(m in low for m in markers)


def snapshot(vault, item) -> Snapshot:
    """Read what is compared from a sealed capture (its metadata, visible text, media hashes)."""
    if item.metadata is None:
        item = vault.get(item.id)
    text_art = item.artifact("text")
    text = ""
    if text_art is not None:
        text = vault.read_artifact(item.id, text_art.name).decode("utf-8", "replace")
    by_name = {a.name: a.sha256 for a in item.artifacts}
    media = {a.sha256 for a in item.artifacts
             if a.role in ("media", "download") or (item.source != "capture" and a.role == "original")}
    posts = None
    plat = (item.metadata or {}).get("platform") or {}
    if isinstance(plat.get("posts"), list):
        posts = {}
        for p in plat["posts"]:
            if not isinstance(p, dict) or not p.get("id"):
                continue
            shas = sorted(by_name[m["artifact"]] for m in p.get("media") or []
                          if isinstance(m, dict) and m.get("artifact") in by_name)
            posts[str(p["id"])] = {"text": _clean(p.get("text") or ""), "media": shas,
                                   "edited": bool(p.get("edited"))}
    status = item.http_status
    present = item.status == "sealed" and not (status is not None and status >= 400) \
        and not _platform_gone(item, text)
    lines = [c for c in (_clean(x) for x in text.splitlines()) if c]
    return Snapshot(present=present, http_status=status, posts=posts, lines=lines, media=media)


def _post_number(pid: str) -> int | None:
    m = re.search(r"(\d+)$", pid)
    return int(m.group(1)) if m else None


def _compare_posts(prev: dict, cur: dict) -> dict:
    added = [p for p in cur if p not in prev]
    gone_ids = [p for p in prev if p not in cur]
    nums = [n for n in (_post_number(p) for p in cur) if n is not None]
    low, high = (min(nums), max(nums)) if nums else (None, None)
    removed, out_of_view = [], []
    for p in gone_ids:
        n = _post_number(p)
        if low is not None and n is not None and not (low <= n <= high):
            out_of_view.append(p)           # scrolled out of the page's window, not deleted
        else:
            removed.append(p)
    edited = [p for p in cur if p in prev and (cur[p]["text"] != prev[p]["text"]
                                                or (cur[p]["edited"] and not prev[p]["edited"]))]
    kept_prev = {p: v for p, v in prev.items() if p not in out_of_view}
    prev_media = Counter(s for v in kept_prev.values() for s in v["media"])
    cur_media = Counter(s for v in cur.values() for s in v["media"])
    return {"posts_added": added, "posts_removed": removed, "posts_edited": edited,
            "posts_out_of_view": len(out_of_view),
            "media_added": sum((cur_media - prev_media).values()),
            "media_removed": sum((prev_media - cur_media).values())}


def _compare_text(prev: list[str], cur: list[str]) -> dict:
    def shape(line: str) -> str:           # view counters and clocks tick: numbers alone are no edit
        return re.sub(r"\d+([.,]\d+)?[kKмМ]?", "#", line)

    a, b = [shape(x) for x in prev], [shape(x) for x in cur]
    added = removed = edited = 0
    ex_added: list[str] = []
    ex_removed: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        n_old, n_new = i2 - i1, j2 - j1
        if op == "replace":
            edited += min(n_old, n_new)
            added += max(0, n_new - n_old)
            removed += max(0, n_old - n_new)
        elif op == "insert":
            added += n_new
        elif op == "delete":
            removed += n_old
        ex_added += cur[j1:j2]
        ex_removed += prev[i1:i2]
    return {"lines_added": added, "lines_removed": removed, "lines_edited": edited,
            "excerpt_added": [x[:200] for x in ex_added[:3]],
            "excerpt_removed": [x[:200] for x in ex_removed[:3]]}


def compare(prev: Snapshot | None, cur: Snapshot, *, captured: bool = True) -> tuple[str, dict]:
    """(change, what) of `cur` against the previous captured run `prev`."""
    if not captured:
        return "failed", {}
    if prev is None:
        return "first", {}
    what: dict[str, Any] = {}
    if prev.http_status != cur.http_status:
        what["http_status"] = [prev.http_status, cur.http_status]
    if not cur.present:
        what["still_gone"] = not prev.present
        return "gone", what
    if not prev.present:
        return "back", what
    if prev.posts is not None and cur.posts is not None:
        what.update(_compare_posts(prev.posts, cur.posts))
        changed = any(what[k] for k in ("posts_added", "posts_removed", "posts_edited",
                                         "media_added", "media_removed"))
    else:
        what.update(_compare_text(prev.lines, cur.lines))
        what["media_added"] = len(cur.media - prev.media)
        what["media_removed"] = len(prev.media - cur.media)
        changed = any(what[k] for k in ("lines_added", "lines_removed", "lines_edited",
                                         "media_added", "media_removed"))
    what = {k: v for k, v in what.items() if v not in (0, [], None, False)}
    for k in ("posts_added", "posts_removed", "posts_edited"):
        if k in what:
            what[k + "_count"] = len(what[k])
            what[k] = what[k][:WHAT_IDS]
    return ("changed" if changed else "unchanged"), what


# ------------------------------------------------------------------------------ recording a run
def previous_captured(w: dict) -> dict | None:
    """The latest run of this watch that captured the page (a sealed item)."""
    for run in reversed(w["runs"]):
        if run.get("status") == "sealed" and run.get("item"):
            return run
    return None


def record_run(vault, watch_id: str, item) -> dict:
    """Link a sealed capture to its watch: compare it with the previous captured run and write the
    custody entry `watch_run`. Returns the run as it is now in the watch's history."""
    w = find_watch(vault, watch_id, removed=True)
    if w is None:
        raise BadInput("watch.not_watched", url=watch_id)
    captured = item.status == "sealed"
    cur = snapshot(vault, item) if captured else None
    prev_run = previous_captured(w)
    prev = None
    if captured and prev_run is not None:
        try:
            prev = snapshot(vault, vault.get(prev_run["item"]))
        except Exception:          # the previous capture cannot be read: say "first" honestly
            prev = None
    change, what = compare(prev, cur, captured=captured) if captured else ("failed", {})
    vault.log_event("watch_run", items=[item.id], details={
        "watch": w["id"], "url": w["url"], "item": item.id, "exhibit": item.exhibit,
        "captured_at": item.captured_at, "http_status": item.http_status, "status": item.status,
        "present": cur.present if cur is not None else None, "change": change, "what": what,
        "compared_with": prev_run["item"] if (prev is not None and prev_run) else None})
    return find_watch(vault, w["id"], removed=True)["runs"][-1]


# ------------------------------------------------------------------------------ words
def change_words(run: dict, lang: str | None = None) -> str:
    """One line for a person: the change and what changed."""
    change = run.get("change") or "failed"
    what = run.get("what") or {}
    head = tr(f"watch.change.{change}", lang)
    parts = []
    for key in ("posts_added", "posts_removed", "posts_edited"):
        n = what.get(key + "_count", len(what.get(key) or []))
        if n:
            parts.append(tr(f"watch.what.{key}", lang, n=n))
    for key in ("lines_added", "lines_removed", "lines_edited", "media_added", "media_removed"):
        if what.get(key):
            parts.append(tr(f"watch.what.{key}", lang, n=what[key]))
    if what.get("http_status") and change in ("gone", "back"):
        old, new = what["http_status"]
        parts.append(tr("watch.what.status", lang, old=old if old is not None else "—",
                        new=new if new is not None else "—"))
    return head + (": " + "; ".join(parts) if parts else "")


def history(w: dict, lang: str | None = None) -> list[dict]:
    """The runs of a watch for `watch list --json`."""
    return [{"at": r["at"], "item": r["item"], "exhibit": r.get("exhibit", ""),
             "http_status": r.get("http_status"), "status": r.get("status"),
             "change": r.get("change"), "what": r.get("what") or {},
             "words": change_words(r, lang)} for r in w["runs"]]


def summary(runs: list[dict]) -> dict:
    """What the runs show, and no more: when the page was first and last seen, and each time it
    was found removed (between the last run that saw it and the first that did not) or back."""
    seen = [r for r in runs if r.get("status") == "sealed" and r.get("present")]
    out: dict[str, Any] = {"runs": len(runs), "seen": len(seen),
                           "first_seen": seen[0]["at"] if seen else None,
                           "first_seen_item": seen[0]["item"] if seen else None,
                           "last_seen": seen[-1]["at"] if seen else None,
                           "last_seen_item": seen[-1]["item"] if seen else None,
                           "removed": [], "back": []}
    last_present = None
    last_gone = None
    for r in runs:
        if r.get("status") != "sealed":
            continue
        if r.get("present"):
            if last_gone is not None:
                out["back"].append({"after": last_gone["at"], "before": r["at"],
                                    "items": [last_gone["item"], r["item"]]})
            last_present, last_gone = r, None
        else:
            if last_present is not None and last_gone is None:
                out["removed"].append({"after": last_present["at"], "before": r["at"],
                                       "items": [last_present["item"], r["item"]]})
            last_gone = r
            last_present = None
    out["gone_now"] = last_gone is not None
    return out


def posts_summary(vault, runs: list[dict]) -> list[dict]:
    """For a platform page whose captures list posts: each post's first and last sighting, and
    when it was removed (a post only counts as removed as `_compare_posts` says)."""
    posts: dict[str, dict] = {}
    for r in runs:
        if r.get("status") != "sealed" or not r.get("present"):
            continue
        try:
            snap = snapshot(vault, vault.get(r["item"]))
        except Exception:
            continue
        if snap.posts is None:
            return []
        nums = [n for n in (_post_number(p) for p in snap.posts) if n is not None]
        low, high = (min(nums), max(nums)) if nums else (None, None)
        for pid in snap.posts:
            p = posts.setdefault(pid, {"id": pid, "first_seen": r["at"], "last_seen": r["at"],
                                       "removed_after": None, "removed_before": None})
            p["last_seen"] = r["at"]
            p["removed_after"] = p["removed_before"] = None
        for pid, p in posts.items():
            if pid in snap.posts or p["removed_before"] is not None:
                continue
            n = _post_number(pid)
            if low is not None and n is not None and not (low <= n <= high):
                continue
            p["removed_after"], p["removed_before"] = p["last_seen"], r["at"]
    return sorted(posts.values(), key=lambda p: (_post_number(p["id"]) or 0, p["id"]))


def now_text() -> str:
    return to_iso(utc_now())
