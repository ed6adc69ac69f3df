"""Which platform a URL belongs to, and the account, channel and post it names.

Only the URL (and, where present, what the capture recorded) is read; nothing is fetched. The
court dossier (an exhibit's platform reference, the notary pack) and the platform report both
use it.

    >>> parse_url("https://t.me/s/leaks_dushanbe/123").post_id
    '123'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

# The order the platform report uses; "other" collects everything else.
PLATFORMS = ("telegram", "whatsapp", "instagram", "facebook", "youtube", "tiktok", "vk", "ok", "other")

PLATFORM_NAMES = {"telegram": "Telegram", "instagram": "Instagram", "facebook": "Facebook",
                  "youtube": "YouTube", "tiktok": "TikTok", "vk": "VK (ВКонтакте)",
                  "ok": "OK (Одноклассники)", "whatsapp": "WhatsApp", "other": ""}

_HOSTS = {
    "telegram": ("t.me", "telegram.me", "telegram.dog", "web.telegram.org"),
    "instagram": ("instagram.com", "instagr.am"),
    "facebook": ("facebook.com", "fb.com", "fb.watch", "messenger.com"),
    "youtube": ("youtube.com", "youtu.be", "youtube-nocookie.com"),
    "tiktok": ("tiktok.com",),
    "vk": ("vk.com", "vk.ru", "vkontakte.ru", "vk.me"),
    "ok": ("ok.ru", "odnoklassniki.ru"),
}


@dataclass
class PostRef:
    platform: str                 # one of PLATFORMS
    host: str
    handle: str = ""              # @name, channel or page name, as the URL shows it
    account_id: str = ""          # a numeric owner id where the URL shows one
    post_id: str = ""             # message number, post code, video id
    kind: str = ""                # "post", "video", "story", "profile", "channel", "invite", …
    private: bool = False         # a link that only members / logged-in users can open

    def to_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v not in ("", False)}


def platform_of(host: str) -> str:
    host = (host or "").lower().rstrip(".")
    for name, hosts in _HOSTS.items():
        for h in hosts:
            if host == h or host.endswith("." + h):
                return name
    return "other"


def _parts(path: str) -> list[str]:
    return [unquote(p) for p in path.split("/") if p]


def parse_url(url: str | None) -> PostRef:
    if not url:
        return PostRef("other", "")
    try:
        sp = urlsplit(url.strip())
        host = (sp.hostname or "").lower()
    except ValueError:
        return PostRef("other", "")
    host = host.removeprefix("www.").removeprefix("m.").removeprefix("mobile.")
    platform = platform_of(host)
    ref = PostRef(platform, host)
    parts = _parts(sp.path)
    q = parse_qs(sp.query)
    parser = _PARSERS.get(platform)
    if parser:
        try:
            parser(ref, parts, q, sp)
        except (IndexError, ValueError):
            pass
    return ref


def _telegram(ref: PostRef, p: list[str], q, sp) -> None:
    if ref.host == "web.telegram.org":
        ref.private = True
        ref.kind = "web"
        return
    if p and p[0] == "s":
        p = p[1:]
    if not p:
        return
    if p[0] == "c" and len(p) >= 2:                       # t.me/c/123456/789: a private chat
        ref.account_id, ref.private, ref.kind = p[1], True, "post"
        if len(p) >= 3 and p[-1].isdigit():
            ref.post_id = p[-1]
        return
    if p[0].startswith("+") or p[0] == "joinchat":
        ref.kind, ref.private = "invite", True
        return
    ref.handle = "@" + p[0]
    if len(p) >= 2 and p[1].isdigit():
        ref.post_id, ref.kind = p[1], "post"
    elif len(p) >= 3 and p[2].isdigit():                   # t.me/channel/topic/message
        ref.post_id, ref.kind = p[2], "post"
    else:
        ref.kind = "channel"


def _instagram(ref: PostRef, p: list[str], q, sp) -> None:
    if not p:
        return
    kinds = {"p": "post", "reel": "reel", "reels": "reel", "tv": "video"}
    if p[0] in kinds and len(p) >= 2:
        ref.post_id, ref.kind = p[1], kinds[p[0]]
    elif p[0] == "stories" and len(p) >= 2:
        ref.handle, ref.kind = "@" + p[1], "story"
        if len(p) >= 3:
            ref.post_id = p[2]
    elif len(p) >= 3 and p[1] in kinds:                    # instagram.com/user/p/CODE
        ref.handle, ref.post_id, ref.kind = "@" + p[0], p[2], kinds[p[1]]
    elif p[0] not in ("explore", "accounts", "direct"):
        ref.handle, ref.kind = "@" + p[0], "profile"


def _facebook(ref: PostRef, p: list[str], q, sp) -> None:
    if ref.host == "fb.watch":
        ref.post_id, ref.kind = (p[0] if p else ""), "video"
        return
    first = lambda k: (q.get(k) or [""])[0]  # noqa: E731
    if p and p[0] in ("permalink.php", "story.php"):
        ref.post_id, ref.account_id, ref.kind = first("story_fbid"), first("id"), "post"
    elif p and p[0] in ("photo.php", "photo"):
        ref.post_id, ref.kind = first("fbid"), "photo"
    elif p and p[0] == "watch":
        ref.post_id, ref.kind = first("v"), "video"
    elif p and p[0] == "profile.php":
        ref.account_id, ref.kind = first("id"), "profile"
    elif p and p[0] == "groups" and len(p) >= 2:
        ref.handle = p[1]
        if len(p) >= 4 and p[2] in ("posts", "permalink"):
            ref.post_id, ref.kind = p[3], "post"
        else:
            ref.kind = "group"
    elif p and p[0] in ("reel", "share") and len(p) >= 2:
        ref.post_id, ref.kind = p[-1], "post"
    elif p:
        ref.handle = p[0]
        if len(p) >= 3 and p[1] in ("posts", "videos", "photos"):
            ref.post_id, ref.kind = p[-1], "post" if p[1] == "posts" else p[1][:-1]
        else:
            ref.kind = "profile"


def _youtube(ref: PostRef, p: list[str], q, sp) -> None:
    if ref.host == "youtu.be":
        ref.post_id, ref.kind = (p[0] if p else ""), "video"
        return
    if p and p[0] == "watch":
        ref.post_id, ref.kind = (q.get("v") or [""])[0], "video"
    elif p and p[0] in ("shorts", "live", "embed", "v") and len(p) >= 2:
        ref.post_id, ref.kind = p[1], "video"
    elif p and p[0].startswith("@"):
        ref.handle, ref.kind = p[0], "channel"
    elif p and p[0] == "channel" and len(p) >= 2:
        ref.account_id, ref.kind = p[1], "channel"
    elif p and p[0] in ("c", "user") and len(p) >= 2:
        ref.handle, ref.kind = p[1], "channel"
    elif p and p[0] == "post" and len(p) >= 2:
        ref.post_id, ref.kind = p[1], "post"


def _tiktok(ref: PostRef, p: list[str], q, sp) -> None:
    if ref.host.startswith(("vm.", "vt.")):
        ref.post_id, ref.kind = (p[0] if p else ""), "short_link"
        return
    if p and p[0].startswith("@"):
        ref.handle = p[0]
        if len(p) >= 3 and p[1] in ("video", "photo"):
            ref.post_id, ref.kind = p[2], p[1]
        else:
            ref.kind = "profile"


_VK_OBJ = re.compile(r"^(wall|photo|video|clip)(-?\d+)_(\d+)$")


def _vk(ref: PostRef, p: list[str], q, sp) -> None:
    candidates = list(p[:1]) + (q.get("w") or []) + (q.get("z") or [])
    for c in candidates:
        m = _VK_OBJ.match(c.split("/")[0])
        if m:
            ref.kind = "post" if m.group(1) == "wall" else m.group(1)
            ref.account_id, ref.post_id = m.group(2), m.group(3)
            if not ref.handle and p and p[0] != c:
                ref.handle = p[0]
            return
    if p:
        if re.fullmatch(r"id\d+", p[0]):
            ref.account_id, ref.kind = p[0][2:], "profile"
        elif re.fullmatch(r"(club|public)\d+", p[0]):
            ref.account_id, ref.kind = "-" + re.sub(r"\D", "", p[0]), "community"
        else:
            ref.handle, ref.kind = p[0], "profile"


def _ok(ref: PostRef, p: list[str], q, sp) -> None:
    if not p:
        return
    if p[0] in ("profile", "group") and len(p) >= 2:
        ref.account_id = p[1]
        ref.kind = "profile" if p[0] == "profile" else "group"
        if len(p) >= 4 and p[2] in ("statuses", "topic", "album"):
            ref.post_id, ref.kind = p[3], "post"
    elif p[0] == "video" and len(p) >= 2:
        ref.post_id, ref.kind = p[1], "video"
    else:
        ref.handle = p[0]
        if len(p) >= 3 and p[1] in ("statuses", "topic"):
            ref.post_id, ref.kind = p[2], "post"
        else:
            ref.kind = "profile"


_PARSERS = {"telegram": _telegram, "instagram": _instagram, "facebook": _facebook,
            "youtube": _youtube, "tiktok": _tiktok, "vk": _vk, "ok": _ok}


def ref_for_item(item) -> PostRef:
    """The item's PostRef: from its URL, completed by what the capture recorded, if anything."""
    ref = parse_url(item.url or item.final_url)
    if ref.platform == "other" and item.final_url and item.final_url != item.url:
        alt = parse_url(item.final_url)
        if alt.platform != "other":
            ref = alt
    md = item.metadata or {}
    post = {}
    for key in ("page", "platform", "post"):
        if isinstance(md.get(key), dict):
            post.update({k: v for k, v in md[key].items() if v not in (None, "")})
    if not ref.handle and isinstance(post.get("telegram_channel"), str):
        ref.handle = post["telegram_channel"]
    for ours, theirs in (("handle", ("handle", "author_handle", "author")),
                         ("account_id", ("author_id", "account_id", "owner_id")),
                         ("post_id", ("post_id", "message_id", "video_id"))):
        if not getattr(ref, ours):
            for key in theirs:
                v = post.get(key) or md.get(key)
                if isinstance(v, (str, int)) and str(v).strip():
                    setattr(ref, ours, str(v).strip())
                    break
    return ref
