"""Options, results and the notes (changes and gaps) a capture records."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

from evidence_kit.i18n import tr

MiB = 1024 * 1024


@dataclass
class CaptureOptions:
    """How a capture behaves. Every limit exists so that a hostile page cannot hang a batch."""
    first_response_timeout: float = 30.0   # s until the site's first answer (the HTTP response)
    total_timeout: float = 90.0            # s for everything about one URL
    load_timeout: float = 20.0             # s to wait for the page's "load" once it answered
    viewport: tuple[int, int] = (1366, 900)
    max_height: int = 40_000               # px: longest full-page screenshot; also the scroll limit
    scroll_timeout: float = 20.0           # s of scrolling for lazy images and comments
    settle_timeout: float = 5.0            # s to wait for the network to go quiet after scrolling
    settle_quiet: float = 0.15             # s without requests or DOM changes that counts as quiet
    timer_horizon: float = 4.0             # s after the answer: the page's short timers are waited for
    media_min_pixels: int = 64             # pictures under this many px both wide and high (icons,
                                           # avatars) are not separate files; their size is in pixels
    media_min_bytes: int = 4096            # the byte rule, only for pictures whose size in pixels is unknown
    max_file_bytes: int = 200 * MiB        # one response kept in the WARC / one media file
    max_page_bytes: int = 600 * MiB        # everything kept for one page
    pdf: bool = True
    pdf_timeout: float = 30.0
    remove_consent: bool = True
    locale: str | None = None              # e.g. "ru-RU"; default from the user's language
    accept_language: str | None = None
    jobs: int = 2
    headless: bool = True
    proxy: str | None = None               # every request through it: http://, https://, socks5://host:port
    session: str | None = None             # a login session stored in the vault (its name)
    tile_height: int = 15_000              # px: taller pages are screenshotted in tiles of at most this
                                           # (Chromium repeats or blanks parts above ~16,384 px)
    save_videos: bool = True               # YouTube and streamed videos via yt-dlp (capture/video.py)
    video_timeout: float = 300.0           # s for yt-dlp to save one video (beside total_timeout)
    max_video_bytes: int = 2048 * MiB      # one video saved by yt-dlp (streamed into the vault)
    max_comments: int = 1000               # YouTube comments kept with a video

    def __post_init__(self):
        from .route import parse_proxy

        parse_proxy(self.proxy)            # a malformed proxy is refused before anything starts

    @property
    def route(self):
        """The parsed proxy (route.Proxy) or None."""
        from .route import parse_proxy

        return parse_proxy(self.proxy)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["viewport"] = {"width": self.viewport[0], "height": self.viewport[1]}
        d["proxy"] = proxy_parts(self.proxy)       # never the credentials
        return d


def proxy_parts(url: str | None) -> dict | None:
    """{"scheme", "host", "port"} of a proxy address, without user name or password."""
    if not url:
        return None
    from urllib.parse import urlsplit

    u = urlsplit(url)
    try:
        port = u.port
    except ValueError:
        port = None
    return {"scheme": u.scheme or None, "host": u.hostname, "port": port}


def playwright_proxy(url: str) -> dict:
    """A proxy address as Playwright takes it: the server, and credentials apart."""
    from urllib.parse import unquote, urlsplit

    u = urlsplit(url)
    server = f"{u.scheme}://{u.hostname}" + (f":{u.port}" if u.port else "")
    out = {"server": server}
    if u.username:
        out["username"] = unquote(u.username)
        out["password"] = unquote(u.password or "")
    return out


def note(key: str, **params) -> dict:
    """A change or gap: English words for the record, plus key and fields for translation."""
    return {"key": key, "params": params, "text": tr(key, "en", **params)}


@dataclass
class ArtifactData:
    name: str
    data: bytes
    role: str
    media_type: str
    source_url: str | None = None
    path: str | None = None     # a large file in a private RAM folder, streamed in at sealing (data empty)
    made_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


@dataclass
class PageCapture:
    """Everything one capture produced, in memory, before it is sealed."""
    url: str
    started_at: datetime
    finished_at: datetime | None = None
    final_url: str | None = None
    title: str = ""
    http_status: int | None = None
    status: str = "sealed"
    error: str | None = None
    error_key: str | None = None
    error_params: dict = field(default_factory=dict)
    error_detail: str | None = None
    artifacts: list[ArtifactData] = field(default_factory=list)
    exchanges: list = field(default_factory=list)          # network.Exchange, for the WARC
    changes: list[dict] = field(default_factory=list)
    gaps: list[dict] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    session: str | None = None                             # the login session's name, if one was used
    facts: dict = field(default_factory=dict, repr=False)  # gathered on the way (wire, TLS check)
    temp_dirs: list[str] = field(default_factory=list)      # private folders of `path` artifacts

    def release(self) -> None:
        """Remove the private folders that held large files (once sealed, or discarded)."""
        from .browser import remove_private_dir

        while self.temp_dirs:
            remove_private_dir(self.temp_dirs.pop())

    def fail(self, key: str, detail: str | None = None, **params) -> None:
        self.status = "failed"
        self.error_key = key
        self.error_params = params
        self.error = tr(key, "en", **params)
        self.error_detail = detail

    def change(self, key: str, **params) -> None:
        self.changes.append(note(key, **params))

    def gap(self, key: str, **params) -> None:
        self.gaps.append(note(key, **params))

    def add(self, name: str, data: bytes, role: str, media_type: str, source_url: str | None = None) -> None:
        self.artifacts.append(ArtifactData(name, data, role, media_type, source_url))


@dataclass(frozen=True)
class Login:
    """A login session from the vault, loaded into a capture's fresh browser context."""
    name: str
    storage_state: dict = field(repr=False)      # Playwright's {"cookies": [...], "origins": [...]}


@dataclass
class CaptureResult:
    """What a job gives back: the sealed item (sealed or failed), or why nothing could be stored."""
    url: str
    item: Any | None            # evidence_kit.model.Item
    status: str                 # "sealed" or "failed"
    http_status: int | None = None
    error: str | None = None
    error_key: str | None = None
    gaps: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "sealed"


class Stopped(Exception):
    """The batch was stopped while this item was being written; the draft is discarded."""
