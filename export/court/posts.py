"""The platform record of a capture (`metadata["platform"]`, capture/platforms/) in the court
dossier: one line in the details table that names the platform, the account and how many posts
were recorded, and an exhibit section with every post as a judge reads it: its link, its time
(UTC, with Dushanbe and Moscow beside it), its text in full, views, author, forwarded from,
edited, its photos (small; blurred when the item is sensitive) and each media file's name and
SHA-256."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from evidence_kit.i18n import lookup, tr

from .. import images, pdfkit
from ..common import is_sensitive, when, yes_no
from ..pdfkit import SANS, esc, mono_line
from .tables import GRID, HEAD_BG

NAMES = {"telegram": "Telegram", "youtube": "YouTube", "instagram": "Instagram", "vk": "VK",
         "tiktok": "TikTok", "facebook": "Facebook"}
POSTS_PER_EXHIBIT = 300     # posts printed per exhibit; the rest stay in the item's metadata (the bundle)
PHOTOS_PER_POST = 4         # photos shown beside a post; every file is still named with its SHA-256
THUMB_W, THUMB_H = 38 * mm, 30 * mm


def is_record(v) -> bool:
    return isinstance(v, dict) and isinstance(v.get("posts"), list) and "name" in v


def platform_summary(record: dict, lang: str) -> str:
    acc = record.get("account") or {}
    who = " · ".join(str(x) for x in ("@" + acc["handle"] if acc.get("handle") else None,
                                      acc.get("title"), acc.get("id") and f"id {acc['id']}") if x)
    return esc(tr("court.platform.summary", lang, platform=NAMES.get(record.get("name"), record.get("name") or ""),
                  account=who or "—", count=len(record.get("posts") or [])))


def platform_record(label, value, lang):
    """The details table's value for `metadata["platform"]`: the record as one line (None for any
    other value, which is then shown as usual)."""
    if label == "platform" and is_record(value):
        return platform_summary(value, lang)
    return None


def _views(v) -> str:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    return f"{int(v):,}".replace(",", " ")


def posts_section(d, item) -> list:
    """The exhibit's posts, one block each (an exhibit section: see hooks.py)."""
    record = (item.metadata or {}).get("platform")
    if not is_record(record) or not record.get("posts"):
        return []
    posts = [p for p in record["posts"] if isinstance(p, dict)]
    if not posts:
        return []
    t, lang = d.t, d.lang
    blur = is_sensitive(item) and not d.include_sensitive
    arts = {a.name: a for a in item.artifacts}
    out = [CondPageBreak(40 * mm), d.P(esc(t("court.posts.h", count=len(posts))), "h2"),
           d.P(platform_summary(record, lang), "small"),
           d.Pt("court.posts.intro_blurred" if blur else "court.posts.intro", "small")]
    pic_w = THUMB_W + 8
    text_w = d.fw - pic_w
    for n, post in enumerate(posts[:POSTS_PER_EXHIBIT], 1):
        facts = []
        if post.get("published_at"):
            facts.append(f"<b>{esc(t('court.posts.time'))}</b>: {esc(when(post['published_at'], lang))}")
        if post.get("views") is not None:
            facts.append(f"<b>{esc(t('court.posts.views'))}</b>: {esc(_views(post['views']))}")
        for key in ("author", "forwarded_from", "reply_to"):
            if post.get(key):
                facts.append(f"<b>{esc(t('court.posts.' + key))}</b>: {esc(post[key])}")
        if post.get("edited") is not None:
            facts.append(f"<b>{esc(t('court.posts.edited'))}</b>: {esc(yes_no(bool(post['edited']), lang))}")
        if post.get("id"):
            facts.append(f"<b>{esc(t('court.posts.id'))}</b>: {esc(post['id'])}")
        media = [m for m in (post.get("media") or []) if isinstance(m, dict)]
        pics = []
        for m in media:
            a = arts.get(m.get("artifact"))
            if a is None or a.media_type not in images.IMAGE_TYPES or len(pics) >= PHOTOS_PER_POST:
                continue
            sl = d._made(("postthumb", item.id, a.name, blur),
                         lambda data: images.blurred(data, THUMB_W, THUMB_H, out_px=120) if blur
                         else images.thumbnail(data, THUMB_W, THUMB_H, max_px=320))
            if sl is not None:
                pics.append(pdfkit.RasterImage(sl))
        head = d.P(f"<b>{esc(t('court.posts.n', n=n, total=len(posts)))}</b>", "cell")
        link = mono_line(post.get("url") or "—", text_w - 8, d.st["mono"])
        left = [link, d.P("<br/>".join(facts) or "—", "cell")]
        rows = [[head, ""], [left, pics or ""]]
        style = [("FONTNAME", (0, 0), (-1, -1), SANS), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("BOX", (0, 0), (-1, -1), 0.4, GRID), ("LINEBELOW", (0, 0), (-1, 0), 0.4, GRID),
                 ("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                 ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        tbl = Table(rows, colWidths=[text_w, pic_w], hAlign="LEFT")
        tbl.setStyle(TableStyle(style))
        text = str(post.get("text") or "").strip()
        words = d.P(f"<b>{esc(t('court.posts.text'))}</b>: " + (esc(text).replace("\n", "<br/>") if text
                                                              else esc(t("court.posts.no_text"))), "small")
        files = []
        for m in media:
            name = m.get("artifact")
            a = arts.get(name)
            kind = f" · {esc(lookup('court.posts.kind.' + str(m['kind']), lang) or m['kind'])}" if m.get("kind") else ""
            if a is None:
                files.append(d.P(esc(t("court.posts.file_missing", name=name or "—")) + kind, "tiny"))
                continue
            shown = f" · {esc(t('court.posts.blurred'))}" if blur and a.media_type in images.IMAGE_TYPES else ""
            files.append(d.P(f"{esc(a.name)}{kind}{shown}", "tiny"))
            files.append(mono_line(a.sha256, d.fw, d.st["mono"]))
        block = [tbl, words, *files]
        out += [KeepTogether(block)] if len(text) < 1500 else block     # a long text runs on over pages
        out.append(Spacer(1, 3 * mm))
    if len(posts) > POSTS_PER_EXHIBIT:
        out.append(d.P(esc(t("court.posts.more", count=len(posts) - POSTS_PER_EXHIBIT)), "box"))
    return out
