"""What a capture must not let out (a security review's findings): login tokens in the recorded
details and the documents made from them, video helpers that leave the proxy, WebRTC that leaves
the proxy, and her login name in the recorded paths."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.site import pages_leaks as L

pytestmark = pytest.mark.browser


# ------------------------------------------------------------------------------ reading exports
def _blobs(data: bytes, name: str = ""):
    """Every byte an exported file holds, as stored and unpacked: ZIP members (a bundle, a WACZ),
    gzip members (WARCs), and a PDF's streams decoded and its text as a reader gets it."""
    yield name, data
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for member in zf.namelist():
                yield from _blobs(zf.read(member), f"{name}!{member}")
    elif data[:2] == b"\x1f\x8b":
        yield from _blobs(gzip.decompress(data), f"{name}(gunzip)")
    elif data[:5] == b"%PDF-":
        import pikepdf

        with pikepdf.open(io.BytesIO(data)) as pdf:
            for obj in pdf.objects:
                if isinstance(obj, pikepdf.Stream):
                    try:
                        yield from _blobs(obj.read_bytes(), f"{name}(stream)")
                    except pikepdf.PdfError:
                        continue
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, timeout=120).stdout
            yield f"{name}(text)", text
            yield f"{name}(text, no spaces)", b"".join(text.split())


def _holding(paths, needle: str) -> list[str]:
    hits = []
    for p in paths:
        for where, blob in _blobs(Path(p).read_bytes(), Path(p).name):
            if needle.encode() in blob or needle.encode("utf-16-be") in blob:
                hits.append(where)
    return hits


def _export_all(vault, item_id, out: Path) -> list[Path]:
    from export import export_items

    files = []
    for kind, name in (("court", "court.pdf"), ("platform", "report.pdf"), ("bundle", "bundle.zip")):
        result = export_items(vault, kind, out / name, [item_id])
        files += [f.path for f in result.files] or [result.path]
    assert files and all(Path(f).is_file() for f in files)
    return files


# ------------------------------------------------------------------------------ 1. login tokens
def test_secret_header_values_are_removed_wherever_metadata_records_a_header():
    from capture.scrub import REMOVED, for_record

    md = {"response_headers": [["Set-Cookie", "a=1; Path=/; HttpOnly\nb=2; Secure"], ["Content-Type", "text/html"]],
          "videos": [{"request_headers": [("AUTHORIZATION", "Bearer xyz")]}],
          "other": {"headers": {"cookie": "sid=xyz", "Accept": "*/*"},
                    "array": [{"name": "proxy-authorization", "value": "Basic xyz"}]},
          "title": "Cookie"}
    out = for_record(md)
    assert "xyz" not in json.dumps(out) and "=1" not in json.dumps(out) and "=2" not in json.dumps(out)
    assert out["response_headers"] == [["Set-Cookie", f"a={REMOVED}; Path=/; HttpOnly\nb={REMOVED}; Secure"],
                                       ["Content-Type", "text/html"]]
    assert out["videos"][0]["request_headers"] == [["AUTHORIZATION", REMOVED]]
    assert out["other"]["headers"] == {"cookie": REMOVED, "Accept": "*/*"}
    assert out["other"]["array"] == [{"name": "proxy-authorization", "value": REMOVED}]
    assert out["title"] == "Cookie" and md["response_headers"][0][1].startswith("a=1")     # a copy


def test_a_rotated_login_token_is_in_no_record_nor_export_only_in_the_sealed_warc(site, browser_info, vault,
                                                                                   tmp_path):
    from capture import CaptureOptions, CaptureService
    from evidence_kit import sessions
    from evidence_kit import timestamps
    from tests.capture.test_sessions import COOKIES_TXT

    token = "rotTok" + os.urandom(8).hex()          # the new token the page sets
    sent = "sentTok" + os.urandom(8).hex()          # the session's own cookie, which the browser sends
    L.ROTATE["token"] = token
    sessions.add_session(vault, "separate acct", sessions.state_from_text(COOKIES_TXT.format(value=sent)),
                         "cookies_file")
    with CaptureService(vault, CaptureOptions(), browser=browser_info) as service:
        r = service.submit(site.url("/leaks/rotate"), session="separate acct").result(timeout=120)
    assert r.status == "sealed", r.error
    item = vault.get(r.item.id)
    assert "token renewed" in vault.read_artifact(item.id, "page.txt").decode()
    md = item.metadata
    # the header is recorded, with its cookie's name and attributes, without its value
    set_cookie = [v for k, v in md["response_headers"] if k.lower() == "set-cookie"]
    assert set_cookie and set_cookie[0].startswith("sid=[removed: login secret]") and "HttpOnly" in set_cookie[0]
    for secret in (token, sent):
        assert secret not in json.dumps(md, ensure_ascii=False)
        assert secret.encode() not in timestamps.record_bytes(item)          # record.json as stamped
    # the sealed original WARC is the faithful record: it still holds what was sent and received
    warc = gzip.decompress(vault.read_artifact(item.id, "capture.warc.gz"))
    assert token.encode() in warc and sent.encode() in warc
    out = tmp_path / "out"
    out.mkdir()
    files = _export_all(vault, item.id, out)
    for secret in (token, sent):
        assert _holding(files, secret) == [], secret
    # the bundle holds the metadata (manifest.json) and the record (record.json): both without it
    with zipfile.ZipFile(next(f for f in files if str(f).endswith(".zip"))) as zf:
        names = zf.namelist()
    assert any(n.endswith("manifest.json") for n in names) and any(n.endswith("record.json") for n in names)


# ------------------------------------------------------------------------------ 2. videos and the proxy
class _Direct:
    """An HTTP listener on 127.0.0.1 that only a request going around the proxy can reach (the
    proxies of tests/capture/proxies.py send every address, this one's too, to the test site)."""

    def __init__(self):
        import http.server
        import threading

        seen = self.seen = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                seen.append(self.path)
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *a):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def direct():
    d = _Direct()
    yield d
    d.close()


def test_with_a_proxy_no_helper_program_fetches_a_video_around_it(site, browser_info, vault, direct):
    """yt-dlp hands an HLS stream it cannot read itself (SAMPLE-AES) to ffmpeg, which does not use
    a SOCKS proxy: its requests would go straight from this computer. With a proxy, the video is
    not saved and the item says why."""
    from capture import CaptureOptions, CaptureService
    from tests.capture.proxies import SocksProxy

    if not shutil.which("ffmpeg"):
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("ffmpeg is missing in CI: scripts/setup.sh installs it")
        pytest.skip("ffmpeg is not installed")
    L.DIRECT["base"] = direct.base
    with SocksProxy(site.port) as socks:
        opts = CaptureOptions(proxy=socks.url, video_timeout=60)
        with CaptureService(vault, opts, browser=browser_info) as service:
            r = service.submit("http://stream.leak.test/leaks/stream/master.m3u8").result(timeout=240)
        asked = socks.log.urls()
    assert r.status == "sealed", r.error
    # yt-dlp read the variant through the proxy (the proxy sent it to the test site)...
    assert f"{direct.base}/leaks/stream/video.m3u8" in asked
    # ...and nothing reached the listener directly
    assert direct.seen == []
    md = vault.get(r.item.id).metadata
    [video] = md["videos"]
    assert video["artifact"] is None and video["gap"]["key"] == "video.gap.helper_off_proxy"
    gap = next(g for g in md["gaps"] if g["key"] == "video.gap.helper_off_proxy")
    assert "could only be fetched by a helper program that cannot be kept on the proxy" in gap["text"]


# ------------------------------------------------------------------------------ 3. WebRTC
class _Udp:
    """A UDP socket on 127.0.0.1 that notes every packet (a STUN server a page names)."""

    def __init__(self):
        import socket
        import threading

        self.packets: list[bytes] = []
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                self.packets.append(self.sock.recvfrom(2048)[0])
            except OSError:
                continue

    def close(self):
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


@pytest.mark.parametrize("route", ["direct", "socks"])
def test_pages_have_no_webrtc_so_no_stun_packet_leaves(site, browser_info, vault, route):
    import time

    from capture import CaptureOptions, CaptureService
    from tests.capture.proxies import SocksProxy

    udp = _Udp()
    socks = SocksProxy(site.port) if route == "socks" else None
    try:
        host = "http://rtc.leak.test" if socks else site.base       # made up: only the proxy knows it
        opts = CaptureOptions(proxy=socks.url if socks else None)
        with CaptureService(vault, opts, browser=browser_info) as service:
            r = service.submit(f"{host}/leaks/webrtc?port={udp.port}").result(timeout=120)
        time.sleep(3)                         # a STUN request is sent at once; give it time anyway
    finally:
        udp.close()
        if socks:
            socks.close()
    assert r.status == "sealed", r.error
    assert udp.packets == []
    text = vault.read_artifact(r.item.id, "page.txt").decode()
    seen = json.loads(text[text.index("{"):text.rindex("}") + 1])
    # the page itself, a frame of its site, a srcdoc frame, a frame used before it could load
    for where in ("page", "frame", "srcdoc", "grabbed"):
        assert seen[where]["pc"] == "none", (where, seen[where])
        assert {seen[where][n] for n in ("RTCPeerConnection", "webkitRTCPeerConnection", "RTCDataChannel",
                                         "RTCSessionDescription", "RTCIceCandidate")} == {"undefined"}, seen[where]
        assert seen[where]["getUserMedia"] is False
    assert seen["worker"] == {"RTCPeerConnection": "undefined"}           # workers have none anyway
    settings = {s["setting"]: s for s in vault.get(r.item.id).metadata["browser"]["settings"]}
    assert settings["webrtc"]["value"] == "disabled" and settings["webrtc"]["effect_key"] == "capture.launch.webrtc_off"


def test_a_login_window_through_a_proxy_has_no_webrtc_either(site, browser_info):
    import asyncio

    from capture.login import record_login
    from tests.capture.proxies import SocksProxy

    seen = {}

    async def look(page):
        await page.wait_for_selector("#sid")
        seen["pc"] = await page.evaluate("typeof RTCPeerConnection")

    with SocksProxy(site.port) as socks:
        asyncio.run(record_login(browser_info, start_url="http://login.leak.test/cc/login", proxy=socks.url,
                                 headless=True, drive=look))
    assert seen == {"pc": "undefined"}


# ------------------------------------------------------------------------------ 4. her login name
@pytest.mark.parametrize("how", ["symlink", "wrapper"])
def test_the_home_folder_is_recorded_as_a_tilde(site, vault, tmp_path, monkeypatch, how):
    """A browser installed under her home folder (as Playwright installs one, in
    /home/NAME/.cache/ms-playwright/…): the folder's name is her login name."""
    from capture import CaptureOptions, CaptureService, find_browser
    from evidence_kit import timestamps

    real = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(real):
        pytest.skip("needs a Chromium at /usr/bin/chromium")
    canary = "zarina-canary-7731"
    home = tmp_path / canary
    (home / "bin").mkdir(parents=True)
    browser = home / "bin" / "chromium"
    if how == "symlink":
        browser.symlink_to(real)
    else:
        browser.write_text(f'#!/bin/sh\nexec "{real}" "$@"\n')
        browser.chmod(0o755)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("EVIDENCE_KIT_BROWSER", str(browser))
    info = find_browser()
    assert info.path == str(browser)
    with CaptureService(vault, CaptureOptions(), browser=info) as service:
        r = service.submit(site.url("/post-short")).result(timeout=120)
    assert r.status == "sealed", r.error
    item = vault.get(r.item.id)
    md = item.metadata
    assert md["browser"]["executable"] == "~/bin/chromium"
    assert md["browser"]["program"]["launched"] == "~/bin/chromium"
    assert canary not in json.dumps(md, ensure_ascii=False)
    assert canary.encode() not in timestamps.record_bytes(item)
    out = tmp_path / "out"
    out.mkdir()
    files = _export_all(vault, item.id, out)
    assert _holding(files, canary) == []


def test_only_the_home_folder_as_a_whole_path_becomes_a_tilde(monkeypatch, tmp_path):
    from capture.scrub import for_record

    home = tmp_path / "zarina"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    h = str(home)
    out = for_record({"browser": {"executable": f"{h}/.cache/ms-playwright/chrome",
                                  "program": {"command_line": [f"--user-data-dir={h}/p", "--x"]}},
                      "other": [h, f"{h}2/a", f"/x{h}/a", f"{h}.old"]})
    assert out["browser"] == {"executable": "~/.cache/ms-playwright/chrome",
                              "program": {"command_line": ["--user-data-dir=~/p", "--x"]}}
    assert out["other"] == ["~", f"{h}2/a", f"/x{h}/a", f"{h}.old"]
