"""Real captures of the local site: what a court and an archivist would check, byte by byte."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import pytest

from tests.capture.helpers import keys, png_image, warc_records
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.site import server as S

pytestmark = pytest.mark.browser

PAGES = ["/post", "/redirect/1", "/gone404", "/gone410", "/error500", "/consent", "/login-wall",
         "/delayed", "/s/channel", "/files/report.pdf", "/dialogs"]


@pytest.fixture(scope="module")
def batch(tmp_path_factory, site, browser_info):
    """One vault, one browser, one batch of ordinary pages (2 at a time), shared by the tests here."""
    from capture import CaptureOptions, CaptureService
    from evidence_kit.i18n import set_language
    from evidence_kit.vault import Vault

    set_language("en")
    vault, _ = Vault.create(tmp_path_factory.mktemp("cap") / "vault", PASSPHRASE, kdf=FAST_KDF)
    stages: list[tuple[str, str]] = []
    with CaptureService(vault, CaptureOptions(jobs=2), browser=browser_info,
                        on_stage=lambda job, st: stages.append((job.url, st))) as service:
        futures = {p: service.submit(site.url(p), case="Case A") for p in PAGES}
        results = {p: f.result(timeout=180) for p, f in futures.items()}
    items = {p: vault.get(r.item.id) for p, r in results.items()}
    yield vault, results, items, stages
    vault.close()


def test_long_post_full_page_screenshot_has_the_lazy_image_in_its_exact_colour(batch):
    vault, results, items, _ = batch
    item = items["/post"]
    assert item.status == "sealed" and item.http_status == 200
    im = png_image(vault, item.id, "screenshot-full.png")
    page_h = item.metadata["page_size"]["height"]
    assert im.size == (1366, page_h)
    assert page_h >= S.LAZY_TOP + S.LAZY_SIZE[1]
    # the lazy image sits at top=LAZY_TOP, left=0, 600x300: its middle pixel is exactly LAZY_RGB
    assert im.getpixel((S.LAZY_SIZE[0] // 2, S.LAZY_TOP + S.LAZY_SIZE[1] // 2)) == S.LAZY_RGB
    view = png_image(vault, item.id, "screenshot-viewport.png")
    assert view.size == (1366, 900)
    assert item.metadata["screenshot"]["truncated"] is False


def test_long_post_has_every_artifact_and_the_media_as_separate_files(batch):
    vault, results, items, _ = batch
    item = items["/post"]
    roles = [a.role for a in item.artifacts]
    for role in ("screenshot_full", "screenshot_viewport", "pdf", "mhtml", "dom_html", "text", "warc"):
        assert role in roles, role
    assert vault.read_artifact(item.id, "page.pdf").startswith(b"%PDF-")
    mhtml = vault.read_artifact(item.id, "page.mhtml")
    assert b"multipart/related" in mhtml[:2000] and b"Content-Location: " + item.url.encode() in mhtml
    text = vault.read_artifact(item.id, "page.txt").decode("utf-8")
    assert "Пости таҳқиромез" in text and "Охири саҳифа" in text
    media = {a.source_url: a for a in item.artifacts if a.role == "media"}
    served = S._static()
    for path in ("/img/photo1.png", "/img/photo2.png", "/img/photo3.png", "/media/clip.mp4", "/media/voice.wav"):
        art = media.get(item.url.replace("/post", path))
        assert art is not None, path
        assert vault.read_artifact(item.id, art.name) == served[path][0]
    # small pictures (an avatar, the 1 KB lazy image) are not separate files
    assert not any(u.endswith("/img/avatar.png") for u in media)


def test_warc_parses_and_holds_the_page_and_its_images(batch):
    vault, results, items, _ = batch
    item = items["/post"]
    recs = warc_records(vault, item.id)
    assert recs[0][0] == "warcinfo"
    info = recs[0][4].decode()
    assert "Evidence Kit" in info and ("Chromium" in info or "Chrome" in info)
    responses = {uri: (hdrs, status, body) for kind, uri, hdrs, status, body in recs if kind == "response"}
    requests = {uri for kind, uri, *_ in recs if kind == "request"}
    page = responses[item.url]
    assert page[1] == 200 and page[0].get_header("WARC-IP-Address") == "127.0.0.1"
    assert "Пости таҳқиромез" in page[2].decode("utf-8")       # decoded body, served gzipped
    served = S._static()
    for path in ("/img/photo1.png", "/img/photo2.png", "/img/lazy.png", "/static/site.css"):
        url = item.url.replace("/post", path)
        assert responses[url][2] == served[path][0], path
        assert url in requests
    assert all(r[2].get_header("WARC-Date") for r in recs)
    assert recs[0][2].protocol == "WARC/1.1"


def test_redirect_chain_and_final_url_are_recorded(batch, site):
    _, results, items, _ = batch
    item = items["/redirect/1"]
    hops = item.metadata["redirects"]
    assert [(h["url"], h["status"]) for h in hops] == [
        (site.url("/redirect/1"), 301), (site.url("/redirect/2"), 302), (site.url("/redirect/3"), 307),
        (site.url("/post-short"), 200)]
    assert item.final_url == site.url("/post-short") and item.url == site.url("/redirect/1")
    assert item.metadata["server"] == {"ip": "127.0.0.1", "port": site.port}


@pytest.mark.parametrize("path,code", [("/gone404", 404), ("/gone410", 410), ("/error500", 500)])
def test_error_pages_are_sealed_with_their_status(batch, path, code):
    vault, results, items, _ = batch
    item = items[path]
    assert item.status == "sealed" and item.http_status == code
    assert f"({code})".encode() in vault.read_artifact(item.id, "page.txt")
    assert results[path].ok


def test_script_rendered_tajik_text_is_in_the_dom_artifact(batch):
    vault, _, items, _ = batch
    item = items["/delayed"]
    html = vault.read_artifact(item.id, "page.html").decode("utf-8")
    assert S.DELAYED_TEXT in html
    assert S.DELAYED_TEXT in vault.read_artifact(item.id, "page.txt").decode("utf-8")


def test_consent_overlay_is_removed_and_recorded_but_a_login_wall_is_not(batch):
    vault, _, items, _ = batch
    item = items["/consent"]
    assert "capture.change.overlay_removed" in keys(item.metadata["changes"])
    assert "We value your privacy" in str(item.metadata["changes"])
    assert "cookie-consent" not in vault.read_artifact(item.id, "page.html").decode()
    assert item.artifact("screenshot-before-banner-removed.png") is not None
    # the WARC keeps the page as it was sent, banner included
    page = [r for r in warc_records(vault, item.id) if r[0] == "response" and r[1] == item.url][0]
    assert b"cookie-consent" in page[4]
    wall = items["/login-wall"]
    assert "capture.change.overlay_removed" not in keys(wall.metadata["changes"])
    assert "capture.gap.overlay_left" in keys(wall.metadata["gaps"])
    assert "Log in to continue" in vault.read_artifact(wall.id, "page.html").decode()


def test_telegram_channel_preview_keeps_every_photo_and_message_id(batch):
    vault, _, items, _ = batch
    item = items["/s/channel"]
    media = [a for a in item.artifacts if a.role == "media"]
    served = S._static()
    urls = {a.source_url for a in media}
    for n in range(1, S.TG_MESSAGES + 1):
        assert item.url.replace("/s/channel", f"/img/tg/{n}.png") in urls
    for a in media:
        assert vault.read_artifact(item.id, a.name) == served[urlsplit(a.source_url).path][0]
    msgs = item.metadata["page"]["telegram_messages"]
    assert [m["post"] for m in msgs] == [f"channel/{1000 + n}" for n in range(1, S.TG_MESSAGES + 1)]
    assert msgs[0]["date"].startswith("2026-11-")


def test_a_url_that_is_a_file_is_saved_as_that_file(batch):
    vault, _, items, _ = batch
    item = items["/files/report.pdf"]
    assert item.status == "sealed" and item.http_status == 200
    dl = item.artifact("download")
    assert dl.name == "report.pdf" and vault.read_artifact(item.id, dl.name) == S.FILE_BYTES
    assert "capture.gap.file_not_page" in keys(item.metadata["gaps"])


def test_dialogs_are_accepted_and_popups_closed_all_recorded(batch, site):
    vault, _, items, _ = batch
    item = items["/dialogs"]
    kinds = [d["kind"] for d in item.metadata["dialogs"]]
    assert kinds[:3] == ["alert", "confirm", "prompt"]
    assert item.metadata["dialogs"][0]["message"] == "Салом! This is an alert"
    assert [p["url"] for p in item.metadata["popups"]] == [site.url("/post-short")]
    assert "confirm=true prompt=guest" in vault.read_artifact(item.id, "page.txt").decode()
    assert keys(item.metadata["changes"]).count("capture.change.dialog") == 3


def test_metadata_says_who_when_how(batch):
    vault, _, items, stages = batch
    md = items["/post"].metadata
    assert md["captured_at"]["start"].endswith("Z") and md["captured_at"]["end"] >= md["captured_at"]["start"]
    assert abs(md["clock_check"]["difference_s"]) < 5
    b = md["browser"]
    assert "HeadlessChrome" not in b["user_agent"] and "Chrome/" in b["user_agent"]
    assert b["version"] and b["viewport"] == {"width": 1366, "height": 900}
    assert md["tools"]["playwright"] and md["tools"]["evidence_kit"] and md["os"]["system"]
    assert md["collector"] == vault.collector
    assert md["network"]["logged_in"] is False
    served = [h for h in md["response_headers"] if h[0].lower() == "server"]
    assert served and "EvidenceKitTestSite" in served[0][1]
    assert items["/post"].case == "Case A"
    assert {"loading", "scrolling", "saving", "sealing", "done"} <= {s for _, s in stages}


def test_every_artifact_hash_is_over_the_stored_bytes_and_verify_passes(batch):
    import hashlib

    vault, _, items, _ = batch
    for item in items.values():
        for a in item.artifacts:
            assert hashlib.sha256(vault.read_artifact(item.id, a.name)).hexdigest() == a.sha256
    report = vault.verify()
    assert report.ok, [p.message for p in report.problems]
    assert report.items_checked == len(PAGES)


def test_hostile_batch_finishes_within_a_bound_and_the_good_pages_are_sealed(capture_urls, site, vault):
    urls = [site.url(p) for p in ("/never", "/no-answer", "/endless", "/tall", "/redirect/loop", "/post-short")]
    urls += [site.refused_url(), "http://no-such-host.invalid/post"]
    started = time.monotonic()
    results = capture_urls(urls, first_response_timeout=4, total_timeout=25, load_timeout=4, jobs=3)
    assert time.monotonic() - started < 150          # a hang guard, not a timing claim
    by = {r.url: r for r in results}
    never, no_answer, endless, tall, loop, good, refused, dns = (by[u] for u in urls)
    assert good.ok and good.http_status == 200
    assert never.ok and "capture.gap.not_loaded" in keys(never.gaps)
    assert "Саҳифае, ки ҳеҷ гоҳ" in vault.read_artifact(never.item.id, "page.txt").decode()
    assert endless.ok and "capture.gap.endless" in keys(endless.gaps)
    assert tall.ok and "capture.gap.cut_at_limit" in keys(tall.gaps)
    shot = vault.get(tall.item.id).metadata["screenshot"]
    assert (shot["height"], shot["truncated"], shot["page_height"], shot["width"]) == (40_000, True, 45_000, 1366)
    # taken in tiles below Chromium's ~16,384 px limit, each checked, at the page's full width
    assert [(t["top"], t["height"], t["check"]) for t in shot["tiles"]] == [
        (0, 15_000, "ok"), (15_000, 15_000, "ok"), (30_000, 10_000, "ok")]
    for t in shot["tiles"]:
        assert png_image(vault, tall.item.id, t["name"]).size == (1366, t["height"])
    for r, key in ((no_answer, "capture.err.timeout"), (loop, "capture.err.redirect_loop"),
                   (refused, "capture.err.refused"), (dns, "capture.err.dns")):
        assert r.status == "failed" and r.error_key == key, (r.url, r.error_key, r.error)
        item = vault.get(r.item.id)
        assert item.status == "failed" and item.error and item.metadata["error_key"] == key
    assert len(vault.get(loop.item.id).metadata["redirects"]) >= 10
    assert vault.verify().ok
