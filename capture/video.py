"""Videos a browser cannot save whole: YouTube, HLS (.m3u8) and DASH (.mpd) streams, pages whose
player streams from `blob:` addresses. yt-dlp saves the video, its metadata and (YouTube) its
comments; ffmpeg joins the streams into one playable file without re-encoding (`-c copy`) and
with `-bitexact`, so the same input gives the same bytes, hence the same SHA-256.

Every request yt-dlp makes goes through `CaptureOptions.proxy` and is recorded as it was received
(status, headers, body; bodies decoded as in the rest of the WARC), so the pieces of a stream are in
the capture's WARC beside the one playable file.

With a proxy, no helper program fetches anything from the network: yt-dlp hands streams it cannot
read itself (encrypted with SAMPLE-AES, live streams, RTMP) to ffmpeg or another program, which
would not keep to the proxy (ffmpeg ignores a SOCKS proxy, so its requests and name look-ups would
go straight from this computer). Such a video is not saved and the item says so
(`video.gap.helper_off_proxy`). ffmpeg joining files already downloaded (no network) still runs.

Nothing is written outside a private folder (RAM-backed where the system has one, as the browser's
profile), removed when the capture is done with it: yt-dlp's cache and its info files are off,
cookies are not kept. yt-dlp runs on a worker thread; it is told to stop (between requests and
between fragments) when its time is up or the capture is stopped.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from evidence_kit.timeutil import utc_now

from .browser import make_private_dir, remove_private_dir
from .network import Exchange

MANIFEST_TYPES = {"application/vnd.apple.mpegurl": "hls", "application/x-mpegurl": "hls",
                  "audio/mpegurl": "hls", "audio/x-mpegurl": "hls", "application/dash+xml": "dash"}
_INFO_DROP = {"formats", "requested_formats", "requested_downloads", "thumbnails", "automatic_captions",
              "subtitles", "http_headers", "heatmap", "_format_sort_fields", "fragments", "storyboards",
              "__files_to_move", "__postprocessors", "__real_download", "__finaldir", "filepath", "_filename",
              "filename", "__write_download_archive", "url", "manifest_url", "fragment_base_url", "comments",
              "cookies"}      # (the site's cookies, as yt-dlp would send them: login secrets)


def stream_kind(url: str, content_type: str = "") -> str | None:
    """"hls" or "dash" for a stream manifest (by its media type or its address), else None."""
    kind = MANIFEST_TYPES.get((content_type or "").split(";")[0].strip().lower())
    if kind:
        return kind
    path = urlsplit(url or "").path.lower()
    if path.endswith(".m3u8"):
        return "hls"
    if path.endswith(".mpd"):
        return "dash"
    return None


def top_manifests(exchanges) -> list[str]:
    """The stream manifests a page loaded, without the variant playlists another one names."""
    found = [ex for ex in exchanges if ex.status == 200 and stream_kind(ex.url, ex.content_type)]
    named = set()
    for ex in found:
        if ex.body and stream_kind(ex.url, ex.content_type) == "hls":
            for line in ex.body.decode("utf-8", "replace").splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    named.add(urljoin(ex.url, line))
                for m in re.finditer(r'URI="([^"]+)"', line):
                    named.add(urljoin(ex.url, m.group(1)))
    return list(dict.fromkeys(ex.url for ex in found if ex.url not in named))


def ffmpeg_path() -> str | None:
    return shutil.which(os.environ.get("EVIDENCE_KIT_FFMPEG") or "ffmpeg")


def node_path() -> str | None:
    """A JavaScript runtime for yt-dlp's YouTube extractor: the node binary Playwright ships."""
    try:
        from playwright._impl._driver import compute_driver_executable

        node = compute_driver_executable()[0]
        if os.path.isfile(node) and os.access(node, os.X_OK):
            return node
    except Exception:
        pass
    return shutil.which("node")


def _version(cmd: list[str]) -> str | None:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r"version\s+(\S+)", out)
    return m.group(1) if m else None


@dataclass
class VideoResult:
    """What yt-dlp gave for one address. `path` is the playable file in the private folder `workdir`
    (the caller removes the folder once the file is sealed)."""
    url: str
    workdir: str | None = None
    path: str | None = None
    ext: str = "mp4"
    info: dict = field(default_factory=dict)
    comments: list | None = None
    exchanges: list[Exchange] = field(default_factory=list)
    gap: tuple[str, dict] | None = None
    detail: str | None = None
    tools: dict = field(default_factory=dict)
    probe: dict = field(default_factory=dict)

    def discard(self) -> None:
        remove_private_dir(self.workdir)
        self.workdir = self.path = None


class _Stop(Exception):
    """The capture's time is up or it was stopped: yt-dlp ends at its next request or fragment."""


class _HelperRefused(Exception):
    """yt-dlp wanted a helper program (ffmpeg, rtmpdump, curl...) to fetch a video while a proxy is set."""


def _guard_helpers() -> None:
    """Make yt-dlp's external downloaders (every ExternalFD: ffmpeg, curl, aria2c...; and rtmpdump)
    refuse to run for a YoutubeDL whose `ek_refused_helpers` is a list: they note their name there
    and raise _HelperRefused. This is the one place every path to them passes, including the HLS
    downloader handing a stream it cannot read to ffmpeg. Other YoutubeDL objects are not affected."""
    from yt_dlp.downloader.external import ExternalFD
    from yt_dlp.downloader.rtmp import RtmpFD

    for cls in (ExternalFD, RtmpFD):
        original = cls.__dict__["real_download"]
        if getattr(original, "_evidence_kit", False):
            continue

        def real_download(self, filename, info_dict, _original=original):
            refused = getattr(self.ydl, "ek_refused_helpers", None)
            if refused is not None:
                refused.append(self.get_basename())
                raise _HelperRefused(self.get_basename())
            return _original(self, filename, info_dict)

        real_download._evidence_kit = True          # type: ignore[attr-defined]
        cls.real_download = real_download


class _Recorder:
    """Every HTTP exchange yt-dlp makes, with the body as it was read, within a byte budget."""

    def __init__(self, max_file: int, budget: int, stop: threading.Event):
        self.max_file = max_file
        self.budget = budget
        self.stop = stop
        self.exchanges: list[Exchange] = []
        self._state: dict[int, dict] = {}
        self._lock = threading.Lock()

    def record(self, ydl, req, resp) -> None:
        from yt_dlp.utils.networking import HTTPHeaderDict

        headers = HTTPHeaderDict(ydl.params.get("http_headers") or {}, req.headers)
        cookie = None
        try:
            cookie = ydl.cookiejar.get_cookie_header(req.url)
        except Exception:
            pass
        if cookie:
            headers["Cookie"] = cookie
        ex = Exchange(seq=0, url=resp.url or req.url, method=req.method or "GET", resource_type="yt-dlp",
                      is_navigation=False, main_frame=False, started_at=utc_now(),
                      request_headers=list(headers.items()), post_data=req.data if isinstance(req.data, bytes) else None)
        ex.response_at = utc_now()
        ex.status = resp.status
        ex.status_text = resp.reason or ""
        ex.response_headers = list(resp.headers.items())
        ex.finished = True
        declared = resp.headers.get("Content-Length")
        state = {"chunks": [], "size": 0,
                 "declared": int(declared) if declared and declared.isdigit() else None}
        with self._lock:
            self.exchanges.append(ex)
            self._state[id(ex)] = state
        read = resp.read

        def teeing_read(amt=None, *a, **kw):
            if self.stop.is_set():
                raise _Stop()
            data = read(amt, *a, **kw)
            if data and ex.body_note is None:
                state["size"] += len(data)
                with self._lock:
                    if state["size"] > self.max_file:
                        ex.body_note = "too_large"
                    elif self.budget < len(data):
                        ex.body_note = "over_budget"
                    else:
                        self.budget -= len(data)
                        state["chunks"].append(data)
                        return data
                    self.budget += sum(len(c) for c in state["chunks"])
                    state["chunks"] = []
            return data
        resp.read = teeing_read

    def finish(self) -> list[Exchange]:
        """The exchanges with their bodies; a body not read to its end is marked as truncated."""
        for ex in self.exchanges:
            state = self._state.pop(id(ex), None)
            if state is None:
                continue
            if ex.body_note is not None:
                ex.body = None
                continue
            ex.body = b"".join(state["chunks"])
            enc = (ex.header("content-encoding") or "identity").lower()
            if (state["declared"] is not None and enc == "identity" and len(ex.body) < state["declared"]
                    and ex.status not in (204, 304) and ex.method != "HEAD"):
                ex.body_note = "unavailable"
        return self.exchanges


class _Log:
    """yt-dlp's messages, kept in memory (never a file: they hold addresses)."""

    def __init__(self):
        self.lines: list[str] = []

    def debug(self, msg):
        pass

    def info(self, msg):
        pass

    def warning(self, msg):
        self.lines.append(str(msg)[:500])

    def error(self, msg):
        self.lines.append(str(msg)[:500])


def ytdlp_params(workdir: str, options, *, comments: bool, stop: threading.Event, log: _Log) -> dict:
    """The settings yt-dlp runs with (exposed for tests: proxy, JS runtime, -bitexact, no cache)."""
    ffmpeg = ffmpeg_path()
    node = node_path()

    def hook(_status):
        if stop.is_set():
            raise _Stop()
    params = {
        "quiet": True, "no_warnings": True, "noprogress": True, "logger": log, "color": "no_color",
        "paths": {"home": workdir, "temp": workdir}, "outtmpl": {"default": "video.%(ext)s"},
        "noplaylist": True, "playlist_items": "1", "cachedir": False, "updatetime": False,
        "writeinfojson": False, "writethumbnail": False, "writesubtitles": False,
        "format": "bv*[height<=1080]+ba/b[height<=1080]/bv*+ba/b",
        "merge_output_format": "mp4/mkv",
        "external_downloader": {"default": "native"},     # every piece through yt-dlp's recorded requests
        "postprocessor_args": {"default": ["-bitexact", "-fflags", "+bitexact"]},
        "socket_timeout": 20, "retries": 2, "fragment_retries": 3, "extractor_retries": 1,
        "max_filesize": getattr(options, "max_video_bytes", None),
        "progress_hooks": [hook], "postprocessor_hooks": [hook],
        "getcomments": comments,
        "extractor_args": {"youtube": {"max_comments": [str(getattr(options, "max_comments", 1000)), "all", "all", "all"]}},
        "js_runtimes": {"node": {"path": node}} if node else {},
        "remote_components": [],
    }
    if ffmpeg:
        params["ffmpeg_location"] = ffmpeg
    else:
        params["format"] = "b/bv*"           # no merging possible: one file that has it all
        params["fixup"] = "never"
    if getattr(options, "proxy", None):
        params["proxy"] = options.proxy     # (a stream only a helper program could fetch: _guard_helpers)
    return params


def _run(url: str, workdir: str, options, recorder: _Recorder, stop: threading.Event, comments: bool,
         result: VideoResult) -> None:
    """yt-dlp on the worker thread: fills `result`."""
    import yt_dlp

    log = _Log()
    params = ytdlp_params(workdir, options, comments=comments, stop=stop, log=log)
    _guard_helpers()
    refused: list[str] | None = [] if params.get("proxy") else None

    class RecordingYDL(yt_dlp.YoutubeDL):
        ek_refused_helpers = refused

        def urlopen(self, req):
            from yt_dlp.networking import Request
            from yt_dlp.networking.exceptions import HTTPError

            if stop.is_set():
                raise _Stop()
            if isinstance(req, str):
                req = Request(req)
            try:
                resp = super().urlopen(req)
            except HTTPError as exc:
                if exc.response is not None:
                    recorder.record(self, req, exc.response)
                raise
            recorder.record(self, req, resp)
            return resp

    result.tools = {"yt_dlp": yt_dlp.version.__version__, "ffmpeg": _version([params["ffmpeg_location"], "-version"])
                    if params.get("ffmpeg_location") else None,
                    "js_runtime": "node" if params["js_runtimes"] else None}
    try:
        with RecordingYDL(params) as ydl:
            info = ydl.extract_info(url, download=True)
            if info and info.get("_type") in ("playlist", "multi_video") and info.get("entries"):
                info = next((e for e in info["entries"] if e), info)
            info = ydl.sanitize_info(info or {})
    except _Stop:
        result.gap = ("video.gap.stopped", {"url": url[:300]})
        return
    except Exception as exc:
        if refused:
            _refused_gap(result, url, refused)
            return
        msg = str(exc).replace("\x1b[0;31m", "").replace("\x1b[0m", "")
        if isinstance(exc.__context__, _Stop) or "_Stop" in type(exc.__context__ or exc).__name__:
            result.gap = ("video.gap.stopped", {"url": url[:300]})
        else:
            result.gap = (_reason_key(msg + " " + " ".join(log.lines)), {"url": url[:300]})
            result.detail = (msg.splitlines() or [type(exc).__name__])[0][:300]
        return
    downloads = info.get("requested_downloads") or []
    path = downloads[0].get("filepath") if downloads else None
    if not path or not os.path.isfile(path):
        if refused:
            _refused_gap(result, url, refused)
        elif any("max-filesize" in ln or "larger than max" in ln.lower() for ln in log.lines):
            result.gap = ("video.gap.too_large", {"url": url[:300],
                                                  "limit": int(getattr(options, "max_video_bytes", 0) // (1024 * 1024))})
        else:
            result.gap = ("video.gap.not_saved", {"url": url[:300]})
            result.detail = "; ".join(log.lines)[:300] or None
        result.info = {k: v for k, v in info.items() if k not in _INFO_DROP}
        return
    result.path = path
    result.ext = os.path.splitext(path)[1].lstrip(".") or "mp4"
    result.comments = info.get("comments") if comments else None
    result.info = {k: v for k, v in info.items() if k not in _INFO_DROP}
    result.probe = probe(path)


def _refused_gap(result: VideoResult, url: str, refused: list[str]) -> None:
    result.gap = ("video.gap.helper_off_proxy", {"url": url[:300]})
    result.detail = f"yt-dlp would have handed it to {', '.join(dict.fromkeys(refused))}; not run with a proxy"


def _reason_key(text: str) -> str:
    low = text.lower()
    if "sign in" in low or "login" in low or "log in" in low or "cookies" in low:
        return "video.gap.login"
    if "unsupported url" in low or "no video formats" in low or "no media found" in low:
        return "video.gap.no_video"
    if "private" in low:
        return "video.gap.private"
    if "unavailable" in low or "removed" in low or "404" in low or "not found" in low:
        return "video.gap.unavailable"
    return "video.gap.failed"


def probe(path: str) -> dict:
    """Duration and streams of the file, as ffprobe reads them ({} without ffprobe)."""
    ffprobe = shutil.which("ffprobe")
    if not ffprobe:
        return {}
    try:
        out = subprocess.run([ffprobe, "-v", "error", "-show_entries",
                              "format=duration,format_name:stream=codec_type,codec_name,width,height",
                              "-of", "json", path], capture_output=True, text=True, timeout=30)
        data = json.loads(out.stdout or "{}")
    except (OSError, subprocess.SubprocessError, ValueError):
        return {}
    fmt = data.get("format") or {}
    try:
        duration = round(float(fmt.get("duration")), 3)
    except (TypeError, ValueError):
        duration = None
    return {"duration_s": duration, "container": fmt.get("format_name"),
            "streams": [{k: s[k] for k in ("codec_type", "codec_name", "width", "height") if k in s}
                        for s in data.get("streams") or []]}


async def save_video(url: str, options, *, comments: bool = False, budget: int | None = None) -> VideoResult:
    """Run yt-dlp on `url` (off the event loop, at most `options.video_timeout` seconds). Never raises
    for what the site or yt-dlp does: `result.gap` says what went wrong."""
    result = VideoResult(url=url)
    try:
        import yt_dlp  # noqa: F401
    except ImportError:
        result.gap = ("video.gap.no_ytdlp", {})
        return result
    result.workdir, _ = make_private_dir()
    stop = threading.Event()
    max_file = getattr(options, "max_file_bytes", 200 * 1024 * 1024)
    recorder = _Recorder(max_file, budget if budget is not None else getattr(options, "max_page_bytes", max_file),
                         stop)
    done = threading.Event()

    def work():
        try:
            _run(url, result.workdir, options, recorder, stop, comments, result)
        except BaseException as exc:        # never let the thread die silently
            result.gap = ("video.gap.failed", {"url": url[:300]})
            result.detail = (str(exc).splitlines() or [type(exc).__name__])[0][:300]
        finally:
            done.set()

    thread = threading.Thread(target=work, name="yt-dlp", daemon=True)
    thread.start()
    timeout = float(getattr(options, "video_timeout", 300.0))
    loop = asyncio.get_running_loop()
    try:
        finished = await loop.run_in_executor(None, done.wait, timeout)
        if not finished:
            stop.set()
            await loop.run_in_executor(None, done.wait, 30)
            result.gap = ("video.gap.timeout", {"url": url[:300], "seconds": int(timeout)})
            result.path = None
    except asyncio.CancelledError:
        stop.set()
        _cleanup_when_done(thread, result)
        raise
    result.exchanges = recorder.finish()
    if result.path is None:
        result.discard()
    if ffmpeg_path() is None and result.path is not None:
        result.gap = ("video.gap.no_ffmpeg", {})
    return result


def _cleanup_when_done(thread: threading.Thread, result: VideoResult) -> None:
    """A stopped capture: remove the private folder once yt-dlp has let go of it."""
    def wait_and_remove():
        thread.join(120)
        result.discard()
    threading.Thread(target=wait_and_remove, name="yt-dlp-cleanup", daemon=True).start()
