"""Captures of platform pages and streams, end to end: a real browser and yt-dlp reach made-up hosts
(t.me, www.instagram.com, video.demo.test, …) through the test site used as an HTTP proxy, so the
proxy is proven to carry every request, the browser's and yt-dlp's alike."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.canary import find_canary
from tests.capture.helpers import keys, warc_records
from tests.site import pages_platforms as P
from tests.site.server import VIDEO_BYTES, noisy_png

pytestmark = pytest.mark.browser
STREAM_HOST = "video.demo.test"          # exists only behind the proxy


@pytest.fixture(scope="session")
def streams(tmp_path_factory):
    if not shutil.which("ffmpeg"):
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("ffmpeg is missing in CI: scripts/setup.sh installs it")
        pytest.skip("ffmpeg is not installed")
    return P.make_streams(tmp_path_factory.mktemp("streams"))


@pytest.fixture(scope="module")
def captured(tmp_path_factory, site, browser_info, streams):
    """One vault, one browser: every page below captured once through the proxy."""
    from capture import CaptureOptions, CaptureService
    from evidence_kit.vault import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE

    urls = {
        "preview": f"http://t.me/s/{P.TG_CHANNEL}",
        "flagged": f"http://t.me/s/{P.TG_FLAGGED}",
        "post": f"http://t.me/{P.TG_CHANNEL}/1008",
        "instagram": f"https://www.instagram.com/p/{P.IG_CODE}/",
        "facebook": f"https://www.facebook.com/permalink.php?story_fbid={P.FB_STORY}&id={P.FB_OWNER}",
        "youtube": f"https://www.youtube.com/watch?v={P.YT_VIDEO}",
        "hls": f"http://{STREAM_HOST}/streams/hls/stream.m3u8",
        "hls_again": f"http://{STREAM_HOST}/streams/hls/stream.m3u8?again=1",
        "dash": f"http://{STREAM_HOST}/streams/dash/stream.mpd",
        "dash_again": f"http://{STREAM_HOST}/streams/dash/stream.mpd?again=1",
        "player": site.url("/streams/player"),
    }
    v, _ = Vault.create(tmp_path_factory.mktemp("pv") / "vault", PASSPHRASE, kdf=FAST_KDF)
    opts = CaptureOptions(proxy=site.base, video_timeout=120)
    with CaptureService(v, opts, browser=browser_info) as service:
        futures = {k: service.submit(u) for k, u in urls.items()}
        results = {k: f.result(timeout=400) for k, f in futures.items()}
    yield v, results
    v.close()


def _item(captured, key):
    v, results = captured
    r = results[key]
    assert r.status == "sealed", (key, r.error)
    return v, r.item


def _art(item, name):
    return next(a for a in item.artifacts if a.name == name)


def test_telegram_channel_preview_every_post_structured_with_its_photos(captured):
    v, item = _item(captured, "preview")
    pl = item.metadata["platform"]
    assert (pl["name"], pl["page"]) == ("telegram", "channel")
    assert pl["account"] == {"handle": P.TG_CHANNEL, "id": str(P.TG_CHANNEL_ID), "title": P.TG_TITLE}
    assert len(pl["posts"]) == P.TG_POSTS and pl["gaps"] == []
    names = {a.name for a in item.artifacts}
    for post in pl["posts"]:
        n = int(post["id"].rsplit("/", 1)[1])
        assert post["text"].startswith(P.tg_text(n)) and post["published_at"] == P.tg_published(n)
        assert post["media"], post
        for m in post["media"]:
            assert m["artifact"] in names, m
            data = v.read_artifact(item.id, m["artifact"])
            if m["kind"] == "photo":
                k = int(m["source_url"].rsplit("-", 1)[1].split(".")[0])
                assert data == noisy_png(64, 48, n * 10 + k)          # the full-size picture, byte for byte
            else:
                assert data == VIDEO_BYTES and _art(item, m["artifact"]).media_type == "video/mp4"
    # the photos are in the web archive too, as the browser received them
    photo = P.tg_photo(P.TG_FIRST)
    rec = [r for r in warc_records(v, item.id) if r[0] == "response" and r[1] == photo]
    assert rec and rec[0][4] == noisy_png(64, 48, P.TG_FIRST * 10 + 1)
    assert item.metadata["options"]["proxy"]["host"] == "127.0.0.1"
    assert "user" not in json.dumps(item.metadata["options"]["proxy"])


def test_flagged_channel_is_sealed_with_the_fact_and_the_advice(captured):
    v, item = _item(captured, "flagged")
    pl = item.metadata["platform"]
    assert pl["posts"] == [] and pl["account"]["title"] == "Flagged Demo"
    assert keys(pl["gaps"]) == ["platform.telegram.no_preview"]
    gap = next(g for g in item.metadata["gaps"] if g["key"] == "platform.telegram.no_preview")
    assert "Export chat history" in gap["text"] and gap["params"] == {"channel": P.TG_FLAGGED}
    assert item.final_url == f"http://t.me/{P.TG_FLAGGED}"
    assert "screenshot-full.png" in {a.name for a in item.artifacts}      # the page Telegram showed


def test_single_post_via_its_embed_with_its_video(captured):
    v, item = _item(captured, "post")
    pl = item.metadata["platform"]
    assert pl["page"] == "post" and [p["id"] for p in pl["posts"]] == [f"{P.TG_CHANNEL}/1008"]
    media = pl["posts"][0]["media"]
    assert [m["kind"] for m in media] == ["photo", "video"]
    assert v.read_artifact(item.id, media[1]["artifact"]) == VIDEO_BYTES


def test_login_walls_are_gaps_and_the_ids_are_kept(captured):
    _, ig = _item(captured, "instagram")
    pl = ig.metadata["platform"]
    assert pl["account"]["id"] == P.IG_OWNER_ID and pl["account"]["handle"] == "demo.person"
    assert pl["posts"][0]["id"] == P.IG_CODE
    assert "platform.gap.login_wall" in keys(ig.metadata["gaps"])
    _, fb = _item(captured, "facebook")
    pl = fb.metadata["platform"]
    assert fb.final_url.startswith("https://www.facebook.com/login/")
    assert (pl["account"]["id"], pl["posts"][0]["id"]) == (P.FB_OWNER, P.FB_STORY)
    assert "platform.gap.login_wall" in keys(fb.metadata["gaps"])


def test_youtube_record_from_the_page_when_ytdlp_cannot_reach_youtube(captured):
    _, item = _item(captured, "youtube")
    pl = item.metadata["platform"]
    assert (pl["name"], pl["page"], pl["account"]["id"]) == ("youtube", "video", P.YT_CHANNEL)
    assert pl["posts"][0]["id"] == P.YT_VIDEO and pl["posts"][0]["views"] == 12345
    video = item.metadata["videos"][0]
    assert video["artifact"] is None and video["gap"]["key"].startswith("video.gap.")
    assert video["tools"]["js_runtime"] == "node"
    # yt-dlp went to "YouTube" through the proxy, and failed there (a made-up certificate)
    assert "proxy" in (video.get("detail") or "").lower() or video["gap"]["key"] != "video.gap.no_ytdlp"


def _video(v, item):
    facts = item.metadata["videos"]
    assert len(facts) == 1 and facts[0]["artifact"], facts
    return facts[0], v.read_artifact(item.id, facts[0]["artifact"])


def _ffprobe(data: bytes, tmp_path: Path) -> dict:
    f = tmp_path / "v.mp4"
    f.write_bytes(data)
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration:stream=codec_type",
                          "-of", "json", str(f)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def test_hls_becomes_one_playable_file_with_its_pieces_in_the_warc(captured, streams, tmp_path):
    v, item = _item(captured, "hls")
    fact, data = _video(v, item)
    probe = _ffprobe(data, tmp_path)
    assert abs(float(probe["format"]["duration"]) - 3.0) < 0.3
    assert sorted(s["codec_type"] for s in probe["streams"]) == ["audio", "video"]
    assert b"Lavf" not in data                      # -bitexact: no muxer version written into the file
    assert fact["extractor"] == "Generic" and fact["duration_s"] == pytest.approx(3.0, abs=0.3)
    # every piece yt-dlp fetched (through the proxy: the host exists nowhere else) is in the WARC
    recs = {r[1]: r for r in warc_records(v, item.id) if r[0] == "response"}
    for seg in sorted((streams / "hls").glob("seg*.ts")):
        assert recs[f"http://{STREAM_HOST}/streams/hls/{seg.name}"][4] == seg.read_bytes()
    assert _art(item, fact["artifact"]).media_type == "video/mp4"
    info = json.loads(v.read_artifact(item.id, fact["info_artifact"]))
    assert info["webpage_url"] == item.url and "formats" not in info


def test_same_stream_same_bytes(captured):
    v, _ = captured
    for a, b in (("hls", "hls_again"), ("dash", "dash_again")):
        _, one = _video(v, _item(captured, a)[1])
        _, two = _video(v, _item(captured, b)[1])
        assert hashlib.sha256(one).hexdigest() == hashlib.sha256(two).hexdigest(), a


def test_dash_becomes_one_playable_file(captured, streams, tmp_path):
    v, item = _item(captured, "dash")
    fact, data = _video(v, item)
    probe = _ffprobe(data, tmp_path)
    assert sorted(s["codec_type"] for s in probe["streams"]) == ["audio", "video"]
    recs = {r[1] for r in warc_records(v, item.id) if r[0] == "response"}
    assert {f"http://{STREAM_HOST}/streams/dash/{p.name}" for p in (streams / "dash").glob("*.m4s")} <= recs


def test_a_player_streaming_from_blob_gets_its_video(captured):
    v, item = _item(captured, "player")
    fact, data = _video(v, item)
    assert fact["source_url"].endswith("/streams/hls/stream.m3u8")
    assert "capture.gap.streamed_media" not in keys(item.metadata["gaps"])
    assert v.verify().ok


def test_canary_nowhere_on_disk_after_a_video_capture(tmp_path, site, browser_info, streams):
    """The whole command, with yt-dlp and ffmpeg at work: nothing of the capture outside the vault."""
    from tests.capture.test_cli_and_privacy import _cli, _env

    canary = "ekCanary" + os.urandom(5).hex()
    env = _env(tmp_path, EVIDENCE_KIT_BROWSER=browser_info.path, EVIDENCE_KIT_TEMP_ON_DISK="1")
    assert _cli(["init"], env).returncode == 0      # private folders go to TMPDIR: they can be checked
    r = _cli(["capture", site.url(f"/streams/hls/stream.m3u8?c={canary}"), "--json"], env)
    assert r.returncode == 0, r.stderr
    item = json.loads(r.stdout)[0]
    assert any(a["name"].startswith("video-") and a["name"].endswith(".mp4") for a in item["artifacts"])
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    assert find_canary([home, tmp], canary) == []
    assert list(tmp.iterdir()) == [], "yt-dlp's and the browser's private folders must be removed"
