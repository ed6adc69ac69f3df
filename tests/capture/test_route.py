"""A capture through a proxy (HTTP, SOCKS5 as Tor is) sends every request through it, the
browser's and the tool's own (media fetched again, the TLS check), and records the route without
credentials. The sites here have made-up names (leak.test): only the proxy reaches them."""

from __future__ import annotations

import json

import pytest

from tests.capture.helpers import warc_records
from tests.capture.proxies import HttpProxy, SocksProxy
from tests.site.server import serve
from tests.site.tls import server_context


# ------------------------------------------------------------------------------ no browser
@pytest.mark.parametrize("text,record", [
    ("socks5://127.0.0.1:9050", {"scheme": "socks5", "host": "127.0.0.1", "port": 9050}),
    ("socks5h://tor.local:9150", {"scheme": "socks5", "host": "tor.local", "port": 9150}),
    ("http://user:p%40ss@proxy.example:3128", {"scheme": "http", "host": "proxy.example", "port": 3128}),
    ("https://[::1]:8443/", {"scheme": "https", "host": "::1", "port": 8443}),
])
def test_proxy_addresses_are_read_and_recorded_without_credentials(text, record):
    from capture.route import parse_proxy

    p = parse_proxy(text)
    assert p.record() == record
    assert "p@ss" not in p.server and "user" not in p.server
    if "user" in text:
        assert (p.username, p.password) == ("user", "p@ss")
        assert p.for_playwright() == {"server": "http://proxy.example:3128", "username": "user", "password": "p@ss"}
        assert parse_proxy(p.url) == p                       # the URL with credentials reads back the same


@pytest.mark.parametrize("text,key", [
    ("ftp://proxy.example:21", "capture.bad_proxy_scheme"), ("socks4://h:1080", "capture.bad_proxy_scheme"),
    ("http://proxy.example", "capture.bad_proxy"), ("socks5://127.0.0.1:99999", "capture.bad_proxy"),
    ("not a proxy", "capture.bad_proxy"), ("http://h:8080/path", "capture.bad_proxy"),
    ("socks5://me:secret@127.0.0.1:9050", "capture.proxy_socks_auth"),
])
def test_bad_proxies_are_refused_in_words_without_showing_a_password(text, key):
    from capture.model import CaptureOptions
    from evidence_kit.errors import BadInput

    with pytest.raises(BadInput) as e:
        CaptureOptions(proxy=text)
    assert e.value.key == key and e.value.exit_code == 2
    for lang in ("en", "ru", "tg"):
        words = e.value.message(lang)
        assert "secret" not in words and "{" not in words


def test_the_option_wins_then_no_proxy_then_the_environment_then_the_setting(monkeypatch):
    from capture.route import choose

    monkeypatch.delenv("EVIDENCE_KIT_PROXY", raising=False)
    assert choose(None, setting="socks5://127.0.0.1:9050").port == 9050
    monkeypatch.setenv("EVIDENCE_KIT_PROXY", "http://127.0.0.1:3128")
    assert choose(None, setting="socks5://127.0.0.1:9050").port == 3128
    assert choose(None, no_proxy=True, setting="socks5://127.0.0.1:9050") is None
    assert choose("socks5://127.0.0.1:9150", no_proxy=True).port == 9150
    assert choose(None, no_proxy=True) is None


def test_options_in_the_record_never_hold_the_proxy_password():
    from capture.model import CaptureOptions

    d = CaptureOptions(proxy="http://me:hunter2@proxy.example:3128").to_dict()
    assert d["proxy"] == {"scheme": "http", "host": "proxy.example", "port": 3128}
    assert "hunter2" not in json.dumps(d) and "me@" not in json.dumps(d) and set(d["proxy"]) == {"scheme", "host", "port"}


# ------------------------------------------------------------------------------ real captures
def _capture(vault, browser_info, url, **options):
    from capture import CaptureOptions, CaptureService

    with CaptureService(vault, CaptureOptions(**options), browser=browser_info) as service:
        return service.submit(url).result(timeout=180)


@pytest.mark.browser
def test_every_request_of_a_capture_goes_through_an_http_proxy(site, browser_info, vault):
    with HttpProxy(site.port) as proxy:
        url = proxy.url.replace("http://", "http://someone:hunter2@")       # credentials: never recorded
        r = _capture(vault, browser_info, "http://leak.test/post", proxy=url)
        asked = set(proxy.log.urls())
    assert r.ok and r.http_status == 200, r.error
    item = vault.get(r.item.id)
    # everything the page loaded, and what the tool fetched again itself (the video the page named
    # but did not play), went through the proxy: the made-up host is reachable only there
    exchanged = {uri for kind, uri, *_ in warc_records(vault, item.id) if kind in ("response", "resource")}
    assert "http://leak.test/post" in exchanged and "http://leak.test/media/clip.mp4" in exchanged
    assert exchanged <= asked, exchanged - asked
    media = {a.source_url for a in item.artifacts if a.role == "media"}
    assert {"http://leak.test/media/clip.mp4", "http://leak.test/img/photo1.png"} <= media
    md = item.metadata
    assert md["route"]["proxy"] == {"scheme": "http", "host": "127.0.0.1", "port": proxy.port}
    assert md["route"]["note_key"] == "capture.route.via_proxy"
    assert md["server"] is None                 # the browser's peer was the proxy, not the site
    assert md["network"]["proxy_key"] == "capture.network.proxy_used"
    assert md["browser"]["proxy"] == md["route"]["proxy"]
    if md["browser"]["program"]["command_line"]:           # Linux: the browser's own command line
        assert "--force-webrtc-ip-handling-policy=disable_non_proxied_udp" in md["browser"]["program"]["command_line"]
    assert "hunter2" not in json.dumps(md, ensure_ascii=False) and "someone" not in json.dumps(md)


@pytest.mark.browser
def test_socks5_like_tor_carries_the_pages_and_the_tools_own_tls_check(tmp_path, site, browser_info, vault):
    with serve(tls=server_context(tmp_path)) as tls_site, SocksProxy(site.port, tls_site.port) as proxy:
        r = _capture(vault, browser_info, "https://leak.test/post-short", proxy=proxy.url)
        asked = list(proxy.log.entries)
    assert r.ok and r.http_status == 200, r.error
    item = vault.get(r.item.id)
    # the browser handed the name to the proxy (as with Tor, nothing resolved it on this computer)
    assert ("socks", "leak.test:443") in asked
    tls = item.metadata["tls"]
    assert tls["protocol"].startswith("TLS")
    # the tool's own handshake reached the made-up host, so it went through the proxy too; it found
    # the test site's self-signed certificate (not "could not connect")
    assert tls["trusted_by_this_computer"] is False and tls["trust_check_key"] == "capture.tls.self_signed"
    assert item.metadata["route"]["proxy"]["scheme"] == "socks5"


@pytest.mark.browser
def test_a_proxy_that_does_not_answer_fails_the_capture_in_words_and_never_goes_direct(site, browser_info, vault):
    dead = site.refused_url().rsplit("/", 1)[0].replace("http://", "socks5://")
    r = _capture(vault, browser_info, site.url("/post-short"), proxy=dead, first_response_timeout=10)
    assert r.status == "failed" and r.error_key == "capture.err.proxy", (r.error_key, r.error)
    item = vault.get(r.item.id)
    assert item.metadata["error_params"]["proxy"] == dead.split("//", 1)[1]
    assert "Tor" in item.error
    assert not [a for a in item.artifacts if a.role in ("dom_html", "screenshot_full")]


@pytest.mark.browser
def test_the_command_line_takes_the_proxy_from_its_option_or_the_environment(tmp_path, site, browser_info):
    from tests.capture.test_cli_and_privacy import _cli, _env

    env = _env(tmp_path, EVIDENCE_KIT_BROWSER=browser_info.path)
    assert _cli(["init"], env).returncode == 0
    r = _cli(["capture", "http://leak.test/post-short", "--proxy", "gopher://x:1"], env)
    assert r.returncode == 2 and "gopher://x:1" in r.stderr and "Traceback" not in r.stderr
    with SocksProxy(site.port) as proxy:
        r = _cli(["capture", "http://leak.test/post-short", "--json"], dict(env, EVIDENCE_KIT_PROXY=proxy.url))
        assert r.returncode == 0, r.stderr
        assert proxy.log.urls()[-3:] and "http://leak.test/post-short" in proxy.log.urls()
        item = json.loads(r.stdout)[0]
        assert item["metadata"]["route"]["proxy"]["port"] == proxy.port
        assert f"through the proxy socks5://127.0.0.1:{proxy.port}" in r.stderr
        # --no-proxy goes direct (the made-up name then cannot be found) even with the variable set
        r = _cli(["capture", "http://leak.test/post-short", "--no-proxy", "--json"],
                 dict(env, EVIDENCE_KIT_PROXY=proxy.url))
        assert r.returncode == 1 and json.loads(r.stdout)[0]["metadata"]["error_key"] == "capture.err.dns"
