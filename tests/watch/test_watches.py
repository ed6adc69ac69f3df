"""Watches without a browser: definitions replayed from the custody log, each run's change against
the one before (by visible text and media, and post by post for platform pages), and what the
runs show (first seen, last seen, removed between)."""

from __future__ import annotations

import pytest

from evidence_kit import watches as W
from evidence_kit.errors import BadInput
from tests.conftest import PASSPHRASE
from tests.site import pages_watch as pw
from tests.watch.conftest import seal_capture

URL = "https://example.org/leaks"


@pytest.mark.parametrize("text,seconds", [("6h", 21600), ("30m", 1800), ("1d", 86400),
                                          ("2h30m", 9000), ("90", 5400), (None, W.DEFAULT_EVERY_S)])
def test_every(text, seconds):
    assert W.parse_every(text) == seconds


@pytest.mark.parametrize("text,key", [("soon", "watch.bad_every"), ("5m", "watch.every_range"),
                                      ("61d", "watch.every_range"), ("h", "watch.bad_every")])
def test_bad_every_is_bad_input(text, key):
    with pytest.raises(BadInput) as e:
        W.parse_every(text)
    assert e.value.key == key and e.value.exit_code == 2


def _reopen(vault, *, drop_index=False):
    from evidence_kit.vault import Vault

    path = vault.path
    vault.close()
    if drop_index:
        (path / "index").unlink(missing_ok=True)
    return Vault.open(path, PASSPHRASE)


@pytest.mark.parametrize("drop_index", [False, True], ids=["from-index", "replayed"])
def test_watches_are_replayed_from_the_custody_log(make_vault, drop_index):
    vault = make_vault()[0]
    w, created = W.add_watch(vault, URL, every_s=3600, case="Дело 1")
    assert created and w["url"] == URL and w["every_s"] == 3600 and w["case"] == "Дело 1"
    again, created = W.add_watch(vault, URL + "/", every_s=7200)
    assert not created and again["id"] == w["id"] and again["every_s"] == 7200
    assert again["case"] == "Дело 1", "watching it again without a case keeps its case"
    assert W.add_watch(vault, URL)[0]["every_s"] == 7200, "… and without an interval keeps the interval"
    W.add_watch(vault, "https://t.me/s/other")
    item = seal_capture(vault, URL, text="a post", case="Дело 1")
    W.record_run(vault, w["id"], item)
    W.remove_watch(vault, "https://t.me/s/other")
    vault = _reopen(vault, drop_index=drop_index)
    try:
        [only] = W.watches(vault)
        assert only["id"] == w["id"] and only["every_s"] == 7200 and len(only["runs"]) == 1
        assert only["runs"][0]["item"] == item.id and only["runs"][0]["change"] == "first"
        assert len(W.watches(vault, removed=True)) == 2
        events = [r["entry"]["event"] for r in vault.custody_log()]
        assert events.count("watch_added") == 2 and "watch_changed" in events and "watch_removed" in events
        assert vault.verify().ok
    finally:
        vault.close()
    with pytest.raises(BadInput):
        W.remove_watch(vault, "https://nowhere.example/")


def test_due_and_next_due(vault):
    from datetime import timedelta

    w, _ = W.add_watch(vault, URL, every_s=3600)
    assert W.is_due(w) and W.next_due(w) is None
    item = seal_capture(vault, URL, text="x")
    W.record_run(vault, w["id"], item)
    w = W.find_watch(vault, w["id"])
    last = W.last_run_at(w)
    assert not W.is_due(w, last + timedelta(minutes=59)) and W.is_due(w, last + timedelta(minutes=60))
    assert W.due_watches(vault, last + timedelta(minutes=10)) == []


def _run(vault, w, **kw):
    return W.record_run(vault, w["id"], seal_capture(vault, URL, **kw))


def test_changes_of_a_page_by_its_text_and_media(vault):
    w, _ = W.add_watch(vault, URL)
    a, b, copy = pw.unrelated_bytes(101), pw.unrelated_bytes(102), pw.copy_bytes()
    r = _run(vault, w, text="Leak feed\nPost 1: her address\n1,204 views", media={"a.jpg": a, "b.jpg": b})
    assert r["change"] == "first" and r["present"]
    r = _run(vault, w, text="Leak feed\nPost 1: her address\n1,377 views", media={"a.jpg": a, "b.jpg": b})
    assert r["change"] == "unchanged", "a view counter ticking is no change"
    r = _run(vault, w, text="Leak feed\nPost 1: her address\nPost 3: the photo again\n1,380 views",
             media={"a.jpg": a, "b.jpg": b, "c.jpg": copy})
    assert r["change"] == "changed"
    assert r["what"]["lines_added"] == 1 and r["what"]["media_added"] == 1
    assert r["what"]["excerpt_added"] == ["Post 3: the photo again"]
    r = _run(vault, w, text="Leak feed\nPost 1: her address and phone\nPost 3: the photo again\n1,380 views",
             media={"a.jpg": a, "b.jpg": b, "c.jpg": copy})
    assert r["change"] == "changed" and r["what"]["lines_edited"] == 1 and "media_added" not in r["what"]
    assert W.change_words(r) == "changed: 1 line of text edited"
    r = _run(vault, w, text="Post deleted", http_status=404)
    assert r["change"] == "gone" and not r["present"] and r["what"]["http_status"] == [200, 404]
    r = _run(vault, w, text="Post deleted", http_status=404)
    assert r["change"] == "gone" and r["what"]["still_gone"]
    failed = W.record_run(vault, w["id"], seal_capture(vault, URL, status="failed", http_status=None))
    assert failed["change"] == "failed" and failed["present"] is None
    r = _run(vault, w, text="Leak feed\nPost 1: her address", media={"a.jpg": a})
    assert r["change"] == "back", "compared with the last run that captured the page, not the failed one"
    w = W.find_watch(vault, w["id"])
    assert [x["change"] for x in w["runs"]] == ["first", "unchanged", "changed", "changed", "gone", "gone",
                                                 "failed", "back"]
    s = W.summary(w["runs"])
    runs = w["runs"]
    assert s["first_seen"] == runs[0]["at"] and s["last_seen"] == runs[7]["at"]
    assert s["removed"] == [{"after": runs[3]["at"], "before": runs[4]["at"],
                             "items": [runs[3]["item"], runs[4]["item"]]}]
    assert s["back"] == [{"after": runs[5]["at"], "before": runs[7]["at"], "items": [runs[5]["item"], runs[7]["item"]]}]
    assert not s["gone_now"] and s["seen"] == 5


def _channel(posts):
    return {"name": "telegram", "page": "channel",
            "account": {"handle": "leak_tj", "id": None, "title": "Leak TJ"},
            "posts": [{"id": f"leak_tj/{n}", "url": f"https://t.me/leak_tj/{n}", "published_at": None,
                       "text": text, "edited": False, "views": 10 * n, "author": None,
                       "forwarded_from": None, "reply_to": None,
                       "media": [{"artifact": m, "kind": "photo", "source_url": ""} for m in media]}
                      for n, text, media in posts],
            "gaps": []}


def test_a_telegram_channel_is_compared_post_by_post(vault):
    url = "https://t.me/s/leak_tj"
    w, _ = W.add_watch(vault, url)
    a, b, c = (pw.unrelated_bytes(s) for s in (101, 102, 103))

    def run(posts, media, text="(the page's text changes with every visit)"):
        item = seal_capture(vault, url, text=text + str(len(vault.items())), media=media,
                            platform=_channel(posts))
        return W.record_run(vault, w["id"], item)

    r = run([(10, "first", ["a.jpg"]), (11, "second", []), (12, "third", ["b.jpg"])], {"a.jpg": a, "b.jpg": b})
    assert r["change"] == "first"
    r = run([(10, "first", ["a.jpg"]), (11, "second", []), (12, "third", ["b.jpg"])], {"a.jpg": a, "b.jpg": b})
    assert r["change"] == "unchanged", "posts are compared, not the page's changing text"
    # 13 is new (with a photo), 11 was deleted, 12's text was edited
    r = run([(10, "first", ["a.jpg"]), (12, "third, edited", ["b.jpg"]), (13, "fourth", ["c.jpg"])],
            {"a.jpg": a, "b.jpg": b, "c.jpg": c})
    assert r["change"] == "changed"
    assert r["what"]["posts_added"] == ["leak_tj/13"] and r["what"]["posts_removed"] == ["leak_tj/11"]
    assert r["what"]["posts_edited"] == ["leak_tj/12"] and r["what"]["media_added"] == 1
    assert "media_removed" not in r["what"]
    # newer posts push 10 out of the channel's window: that is not a removal
    r = run([(12, "third, edited", ["b.jpg"]), (13, "fourth", ["c.jpg"]), (14, "fifth", [])],
            {"b.jpg": b, "c.jpg": c})
    assert r["what"]["posts_added"] == ["leak_tj/14"] and "posts_removed" not in r["what"]
    assert r["what"]["posts_out_of_view"] == 1 and "media_removed" not in r["what"]
    # a post's photo taken away
    r = run([(12, "third, edited", []), (13, "fourth", ["c.jpg"]), (14, "fifth", [])], {"c.jpg": c})
    assert r["what"] == {"media_removed": 1}
    posts = {p["id"]: p for p in W.posts_summary(vault, W.find_watch(vault, w["id"])["runs"])}
    runs = W.find_watch(vault, w["id"])["runs"]
    assert posts["leak_tj/11"]["removed_after"] == runs[1]["at"] and posts["leak_tj/11"]["removed_before"] == runs[2]["at"]
    assert posts["leak_tj/10"]["removed_before"] is None, "scrolled out of view, not removed"
    assert posts["leak_tj/14"]["first_seen"] == runs[3]["at"]


def test_a_platform_not_found_page_counts_as_gone(vault):
    url = "https://www.instagram.com/p/XYZ/"
    w, _ = W.add_watch(vault, url)
    W.record_run(vault, w["id"], seal_capture(vault, url, text="Photo by someone\n2 likes"))
    r = W.record_run(vault, w["id"], seal_capture(vault, url, text="Sorry, this page isn't available.\n"
                                                                   "The link you followed may be broken."))
    assert r["change"] == "gone" and r["present"] is False and r["http_status"] == 200
    gap = {"name": "telegram", "page": "post", "account": {}, "posts": [],
           "gaps": [{"key": "platform.telegram.post_not_found", "params": {}}]}
    t = "https://t.me/leak_tj/5"
    w2, _ = W.add_watch(vault, t)
    W.record_run(vault, w2["id"], seal_capture(vault, t, text="post", platform=_channel([(5, "x", [])])))
    r = W.record_run(vault, w2["id"], seal_capture(vault, t, text="Leak TJ", platform=gap))
    assert r["change"] == "gone"


@pytest.mark.parametrize("lang", ["en", "ru", "tg"])
def test_change_words_in_every_language(lang):
    run = {"change": "changed", "what": {"posts_added": ["a/1", "a/2"], "posts_added_count": 2,
                                         "media_removed": 1}}
    text = W.change_words(run, lang)
    assert "2" in text and "1" in text and ";" in text
    assert W.change_words({"change": "gone", "what": {"http_status": [200, 410]}}, lang).endswith("HTTP 200, " + {"en": "now", "ru": "теперь", "tg": "акнун"}[lang] + " 410")
