"""A faithful archive. The WARC says exactly what came over the wire (protocol, cut-off answers,
failed requests, pop-ups' traffic, files the tool fetched itself), the page as served is sealed
beside the DOM, and the record names the certificate, addresses, browser program and every
setting that changes behaviour. Checked with `warcio check` and by reading the records back."""

from __future__ import annotations

import hashlib
import io
import os
import ssl
import subprocess
import sys
from pathlib import Path

import pytest

from tests.capture.helpers import keys, png_image
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.site import pages_capture_core as CC
from tests.site import server as S

PAGES = ["/post", "/cc/cut", "/cc/popup", "/cc/small-media", "/cc/sensitive", "/cc/wall-privacy",
         "/cc/cookie-ok", "/consent", "/login-wall", "/cc/bands?h=32000&step=1000",
         "/cc/bands?h=42000&w=2000&step=1000", "/cc/io-lazy", "/endless"]


def _records(vault, item_id):
    from warcio.archiveiterator import ArchiveIterator

    data = vault.read_artifact(item_id, "capture.warc.gz")
    out = []
    for r in ArchiveIterator(io.BytesIO(data)):
        out.append({"type": r.rec_type, "uri": r.rec_headers.get_header("WARC-Target-URI"),
                    "id": r.rec_headers.get_header("WARC-Record-ID"), "warc": r.rec_headers,
                    "http": r.http_headers, "body": r.content_stream().read()})
    return out


@pytest.fixture(scope="module")
def archive(tmp_path_factory, site, browser_info):
    from capture import CaptureOptions, CaptureService
    from evidence_kit.i18n import set_language
    from evidence_kit.vault import Vault

    set_language("en")
    vault, _ = Vault.create(tmp_path_factory.mktemp("arch") / "vault", PASSPHRASE, kdf=FAST_KDF)
    with CaptureService(vault, CaptureOptions(jobs=2), browser=browser_info) as service:
        futures = {p: service.submit(site.url(p)) for p in PAGES}
        items = {p: vault.get(f.result(timeout=240).item.id) for p, f in futures.items()}
    yield vault, items
    vault.close()


pytestmark = pytest.mark.browser


def test_the_warc_passes_warcio_check_and_every_record_names_its_warcinfo(archive, tmp_path):
    vault, items = archive
    for path in ("/post", "/cc/cut", "/cc/popup"):
        item = items[path]
        f = tmp_path / f"{item.id}.warc.gz"
        f.write_bytes(vault.read_artifact(item.id, "capture.warc.gz"))
        r = subprocess.run([str(Path(sys.executable).parent / "warcio"), "check", "-v", str(f)],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, (path, r.stdout[-2000:], r.stderr[-2000:])
        recs = _records(vault, item.id)
        assert recs[0]["type"] == "warcinfo"
        info_id = recs[0]["id"]
        assert all(r["warc"].get_header("WARC-Warcinfo-ID") == info_id for r in recs[1:])
        assert len(recs) == item.metadata["warc_records"]


def test_the_protocol_used_is_recorded_not_assumed(archive):
    vault, items = archive
    recs = _records(vault, items["/post"].id)
    page = [r for r in recs if r["type"] == "response" and r["uri"] == items["/post"].url][0]
    assert page["warc"].get_header("WARC-Protocol") == "http/1.1"       # the test site speaks HTTP/1.1


def test_http2_and_tls_as_the_browser_saw_them(tmp_path, browser_info, vault):
    from capture import CaptureOptions, CaptureService
    from tests.site.h2 import PIC, serve_h2

    with serve_h2(tmp_path) as h2site:
        with CaptureService(vault, CaptureOptions(pdf=False), browser=browser_info) as service:
            r = service.submit(h2site.url("/")).result(timeout=120)
        der = ssl.PEM_cert_to_DER_cert(h2site.cert_pem.decode())
    assert r.ok, r.error
    item = vault.get(r.item.id)
    recs = _records(vault, item.id)
    resp = {rec["uri"]: rec for rec in recs if rec["type"] == "response"}
    for url in (h2site.url("/"), h2site.url("/pic.png")):
        said = [v for k, v in resp[url]["warc"].headers if k == "WARC-Protocol"]
        assert said == ["h2", "tls/1.3"], url
    assert resp[h2site.url("/pic.png")]["body"] == PIC
    tls = item.metadata["tls"]
    assert tls["san"] == ["127.0.0.1"]
    assert tls["leaf_sha256"] == hashlib.sha256(der).hexdigest() == tls["chain"][0]["sha256"]
    assert "Evidence Kit Test Site" in tls["chain"][0]["subject"]
    assert item.metadata["resolved_addresses"]["hosts"] == [{"host": "127.0.0.1", "addresses": ["127.0.0.1"]}]


def test_a_cut_off_answer_is_marked_truncated_and_failed_requests_are_listed(archive):
    vault, items = archive
    item = items["/cc/cut"]
    recs = _records(vault, item.id)
    cut = [r for r in recs if r["type"] == "response" and r["uri"].endswith("/cc/cut.png")]
    assert cut and cut[0]["warc"].get_header("WARC-Truncated") in ("disconnect", "unspecified")
    assert cut[0]["body"] != CC.CUT_PNG
    meta = [r for r in recs if r["type"] == "metadata" and b"failed_requests" in r["body"]]
    assert len(meta) == 1
    import json

    failed = {f["url"].rsplit("/", 1)[-1]: f for f in json.loads(meta[0]["body"])["failed_requests"]}
    assert "refused.png" in failed and failed["refused.png"]["reason"]
    assert "capture.gap.resources_failed" in keys(item.metadata["gaps"])


def test_a_popups_traffic_is_recorded_before_it_is_closed(archive):
    vault, items = archive
    item = items["/cc/popup"]
    pic = [r for r in _records(vault, item.id) if r["type"] == "response" and r["uri"].endswith("/cc/popup.png")]
    assert pic and pic[0]["body"] == CC.POPUP_PNG
    assert [p["url"].rsplit("/", 1)[-1] for p in item.metadata["popups"]] == ["popup-page"]
    assert item.metadata["popup_requests"] >= 2


def test_files_the_tool_fetched_itself_are_resources_with_the_request_beside_them(archive):
    import json

    vault, items = archive
    item = items["/post"]
    recs = _records(vault, item.id)
    clip = item.url.replace("/post", "/media/clip.mp4")
    res = [r for r in recs if r["uri"] == clip and r["type"] in ("response", "resource")]
    assert [r["type"] for r in res] == ["resource"]          # never as if the page had loaded it
    assert res[0]["body"] == S.VIDEO_BYTES
    about = [r for r in recs if r["type"] == "metadata" and r["warc"].get_header("WARC-Refers-To") == res[0]["id"]]
    assert len(about) == 1
    said = json.loads(about[0]["body"])
    assert said["request"]["method"] == "GET" and said["response"]["status"] == 200
    assert "after the page" in said["fetched_by"]
    assert {r["url"] for r in item.metadata["refetched"]} >= {clip}


def test_the_page_as_served_is_sealed_beside_the_dom(archive):
    vault, items = archive
    item = items["/post"]
    served = item.artifact("served_html")
    assert served.name == "page-as-served.html" and served.source_url == item.url
    assert vault.read_artifact(item.id, served.name) == S.page_post().encode("utf-8")    # as sent (gzip undone)
    assert vault.read_artifact(item.id, "page.html") != S.page_post().encode("utf-8")    # the DOM differs


def test_each_artifact_has_its_time(archive):
    from evidence_kit.timeutil import from_iso

    vault, items = archive
    item = items["/post"]
    made = {m["name"]: m["at"] for m in item.metadata["artifacts_made_at"]}
    assert set(made) == {a.name for a in item.artifacts}
    start = from_iso(item.metadata["captured_at"]["start"])
    for name, at in made.items():
        assert from_iso(at) >= start, name
    assert from_iso(made["screenshot-full.png"]) <= from_iso(made["page.pdf"]) <= from_iso(made["capture.warc.gz"])


def test_the_browser_program_and_every_setting_that_changes_behaviour_are_recorded(archive):
    vault, items = archive
    b = items["/post"].metadata["browser"]
    prog = b["program"]
    assert prog["program_sha256"] and len(prog["program_sha256"]) == 64
    with open(os.path.expanduser(prog["program"]), "rb") as f:     # (~: a browser in the home folder)
        assert f.read(2) != b"#!"                                 # the binary, not a launcher script
        f.seek(0)
        h = hashlib.sha256()
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    assert h.hexdigest() == prog["program_sha256"]
    if sys.platform.startswith("linux"):
        assert "--disable-blink-features=AutomationControlled" in prog["command_line"]
    settings = {s["setting"]: s for s in b["settings"]}
    for name in ("--disable-blink-features=AutomationControlled", "ignore-https-errors", "service-workers",
                 "init-script-sha256", "user-agent", "--headless"):
        assert settings[name]["effect"] and settings[name]["effect_key"].startswith("capture.launch."), name
    from capture import scripts

    assert settings["init-script-sha256"]["value"] == hashlib.sha256(scripts.QUIET_INIT.encode()).hexdigest()


def test_small_pictures_are_judged_by_pixels_not_bytes(archive):
    vault, items = archive
    item = items["/cc/small-media"]
    media = {a.source_url.rsplit("/", 1)[-1]: a for a in item.artifacts if a.role == "media"}
    assert len(CC.PHONE_PNG) < 4096                              # a light picture of a phone number...
    assert vault.read_artifact(item.id, media["phone.png"].name) == CC.PHONE_PNG    # ...is kept
    assert "icon.png" not in media and "pixel.png" not in media                   # icons are not
    assert item.metadata["small_pictures"]["count"] == 2
    post = items["/post"]
    assert not any(a.source_url.endswith("/img/avatar.png") for a in post.artifacts if a.role == "media")
    assert any(a.source_url.endswith("/img/lazy.png") for a in post.artifacts if a.role == "media")


@pytest.mark.parametrize("path,removed", [("/cc/sensitive", False), ("/cc/wall-privacy", False),
                                          ("/login-wall", False), ("/cc/cookie-ok", True), ("/consent", True)])
def test_only_real_consent_banners_are_removed(archive, path, removed):
    vault, items = archive
    item = items[path]
    assert ("capture.change.overlay_removed" in keys(item.metadata["changes"])) is removed
    html = vault.read_artifact(item.id, "page.html").decode()
    if path.startswith("/cc/") and not removed:
        assert "id=\"ov\"" in html and "capture.gap.overlay_left" in keys(item.metadata["gaps"])
        assert item.metadata["overlays"][0]["why_key"] == "capture.overlay.never"


def _band_at(im, y, x=10):
    return im.getpixel((x, y))


def test_tall_pages_are_taken_in_checked_tiles_that_show_the_right_parts(archive):
    vault, items = archive
    item = items["/cc/bands?h=32000&step=1000"]
    shot = item.metadata["screenshot"]
    assert [(t["top"], t["height"], t["check"]) for t in shot["tiles"]] == [
        (0, 15_000, "ok"), (15_000, 15_000, "ok"), (30_000, 2_000, "ok")]
    assert not [g for g in item.metadata["gaps"] if g["key"].startswith("capture.gap.tile_")]
    for t in shot["tiles"]:
        im = png_image(vault, item.id, t["name"])
        for y in range(500, t["height"], 1000):      # the middle of each band, in its exact colour
            assert _band_at(im, y) == CC.BAND_RGB((t["top"] + y) // 1000), (t["name"], y)


def test_a_wide_page_cut_at_the_limit_keeps_its_full_width_and_says_so(archive):
    vault, items = archive
    item = items["/cc/bands?h=42000&w=2000&step=1000"]
    shot = item.metadata["screenshot"]
    assert shot["truncated"] and shot["width"] == 2000 and shot["height"] == 40_000
    gap = [g for g in item.metadata["gaps"] if g["key"] == "capture.gap.cut_at_limit"][0]
    assert gap["params"] == {"height": 42_000, "limit": 40_000, "width": 2000}
    last = shot["tiles"][-1]
    im = png_image(vault, item.id, last["name"])
    assert im.size == (2000, last["height"]) and last["top"] + last["height"] == 40_000
    assert _band_at(im, last["height"] - 500, x=1990) == CC.BAND_RGB(39)


def test_scrolling_is_targeted_only_where_nothing_on_the_page_reacts_to_it(archive):
    vault, items = archive
    post = items["/post"].metadata["scroll"]
    assert post["reason"] == "targeted" and post["lazy"] == 1 and post["shown"] == 1   # the lazy picture
    io = items["/cc/io-lazy"]
    assert io.metadata["scroll"]["reason"] == "bottom"      # a script watches: the page is stepped through
    media = [a for a in io.artifacts if a.role == "media"]
    assert [vault.read_artifact(io.id, a.name) for a in media] == [CC.IO_PNG]
    assert items["/endless"].metadata["scroll"]["reason"] in ("max_height", "time")


def test_blank_and_repeated_tiles_are_recognised():
    from capture.tiles import tile_problem

    blank = S.png(50, 40, (255, 255, 255))
    a = S.noisy_png(50, 40, 1)
    b = S.noisy_png(50, 40, 2)
    assert tile_problem(blank, None) == "blank"
    assert tile_problem(a, None) is None and tile_problem(b, a) is None
    assert tile_problem(a, a) == "repeat"
    assert tile_problem(S.noisy_png(50, 20, 1), a) == "repeat"      # a shorter last tile, same top


def test_verify_passes(archive):
    vault, items = archive
    assert vault.verify().ok
