"""Parts of the capture engine that need no browser: addresses, browser discovery, platforms."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,url", [
    ("https://t.me/s/channel", "https://t.me/s/channel"),
    ("t.me/leaks/123", "https://t.me/leaks/123"),
    ("www.instagram.com/p/Cx1/", "https://www.instagram.com/p/Cx1/"),
    ("http://127.0.0.1:8080/a?b=1#c", "http://127.0.0.1:8080/a?b=1#c"),
    ("ftp://example.com/x", None), ("javascript:alert(1)", None), ("not a url", None),
    ("https://", None), ("https://exa mple.com", None), ("", None), ("http://host:99999/", None),
])
def test_addresses_are_normalised_or_refused(text, url):
    from capture.urls import normalise_url

    assert normalise_url(text) == url


def test_url_file_skips_comments_and_keeps_fragments(tmp_path):
    from capture.urls import collect_urls
    from evidence_kit.errors import BadInput

    f = tmp_path / "u.txt"
    f.write_text("\ufeff# list\nhttps://a.example/x#frag\n  t.me/c/1/2   # a note\nhttps://a.example/x#frag\n", "utf-8")
    assert collect_urls([], str(f)) == ["https://a.example/x#frag", "https://t.me/c/1/2"]
    f.write_text("https://a.example/\nnope\n", "utf-8")
    with pytest.raises(BadInput) as e:
        collect_urls([], str(f))
    assert "Line 2" in e.value.message("en") and e.value.exit_code == 2
    with pytest.raises(BadInput):
        collect_urls([], str(tmp_path / "missing.txt"))


def test_browser_discovery_order(tmp_path, monkeypatch):
    import capture.browser as cb
    from evidence_kit.errors import BrowserNotFound

    fake = tmp_path / "google-chrome"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    other = tmp_path / "msedge"
    other.write_text("#!/bin/sh\n")
    other.chmod(0o755)
    monkeypatch.setattr(cb, "_installed_candidates", lambda: [str(other)])
    monkeypatch.setattr(cb, "_playwright_candidates", lambda: [])
    monkeypatch.delenv("EVIDENCE_KIT_BROWSER", raising=False)
    assert cb.find_browser() == cb.BrowserInfo(str(other), "Microsoft Edge", "installed")
    assert cb.find_browser(setting=str(fake)).found_by == "setting"
    monkeypatch.setenv("EVIDENCE_KIT_BROWSER", str(fake))
    info = cb.find_browser(setting=str(other))
    assert info.path == str(fake) and info.found_by == "environment" and info.name == "Google Chrome"
    assert cb.find_browser(explicit=str(other)).found_by == "option"
    with pytest.raises(BrowserNotFound) as e:           # asked-for path missing: never a silent substitute
        cb.find_browser(explicit=str(tmp_path / "none"))
    assert e.value.exit_code == 5
    monkeypatch.delenv("EVIDENCE_KIT_BROWSER")
    monkeypatch.setattr(cb, "_installed_candidates", lambda: [])
    with pytest.raises(BrowserNotFound) as e:
        cb.find_browser()
    assert "apt-get install chromium" in e.value.message("en")


def test_platform_ids_from_addresses():
    from capture.platforms import identify

    assert identify("https://t.me/leak_tj/1234") == {"platform": "telegram", "account": "@leak_tj",
                                                     "post_id": "1234", "kind": "post"}
    assert identify("https://t.me/s/leak_tj")["kind"] == "channel_preview"
    assert identify("https://www.instagram.com/reel/Cabc123/") == {"platform": "instagram", "kind": "reel",
                                                                   "post_id": "Cabc123"}
    assert identify("https://youtu.be/dQw4w9WgXcQ")["post_id"] == "dQw4w9WgXcQ"
    assert identify("https://www.youtube.com/watch?v=abc&t=3")["post_id"] == "abc"
    assert identify("https://example.org/x") == {}


def test_errors_become_words():
    from capture.engine import classify
    from capture.model import CaptureOptions

    o = CaptureOptions(first_response_timeout=12)
    assert classify(Exception("page.goto: net::ERR_NAME_NOT_RESOLVED at https://x"), o, navigating=True)[0] == "capture.err.dns"
    assert classify(Exception("net::ERR_CONNECTION_REFUSED"), o, navigating=True)[0] == "capture.err.refused"
    key, params, _ = classify(type("TimeoutError", (Exception,), {})("Timeout 12000ms exceeded"), o, navigating=True)
    assert key == "capture.err.timeout" and params == {"seconds": 12}
    assert classify(Exception("net::ERR_WEIRD_THING"), o, navigating=True)[:2] == ("capture.err.other", {})
