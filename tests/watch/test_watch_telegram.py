"""A watched Telegram channel, end to end: real captures of the (made-up) channel preview through the
test site used as a proxy, read into posts by the Telegram adapter, compared run to run by post id
(a post added, a text edited, a post deleted)."""

from __future__ import annotations

import pytest

from evidence_kit import watches as W
from tests.site import pages_platforms as P

pytestmark = pytest.mark.browser


@pytest.fixture
def variant():
    yield P.TG_VARIANT
    P.TG_VARIANT["hidden"] = set()
    P.TG_VARIANT["edited"] = {}


def test_a_watched_channel_is_compared_post_by_post(vault, site, browser_info, variant):
    from capture import CaptureOptions, CaptureService

    url = f"http://t.me/s/{P.TG_CHANNEL}"
    w, _ = W.add_watch(vault, url, every_s=3600, case="Канал")
    late, edited = P.TG_FIRST + 19, P.TG_FIRST + 12
    steps = [
        ({"hidden": {late}, "edited": {}}, "first"),
        ({"hidden": set(), "edited": {}}, "changed"),                       # the newest post appears
        ({"hidden": set(), "edited": {edited: "Матни нав: тағйир дода шуд"}}, "changed"),
        ({"hidden": {edited}, "edited": {}}, "changed"),                    # that post deleted
        ({"hidden": {edited}, "edited": {}}, "unchanged"),
    ]
    runs = []
    with CaptureService(vault, CaptureOptions(proxy=site.base, save_videos=False), browser=browser_info) as svc:
        for state, expected in steps:
            variant.update(state)
            result = svc.submit(url).result(timeout=180)
            assert result.status == "sealed", result.error
            assert result.item.metadata["platform"]["posts"], "the adapter read no posts"
            run = W.record_run(vault, w["id"], result.item)
            runs.append(run)
            assert run["change"] == expected, (state, run)
    pid = f"{P.TG_CHANNEL}/{{}}".format
    assert runs[1]["what"]["posts_added"] == [pid(late)]
    assert runs[2]["what"]["posts_edited"] == [pid(edited)]
    assert "lines_edited" not in runs[2]["what"]                     # compared by post, not by line
    assert runs[3]["what"]["posts_removed"] == [pid(edited)]
    assert runs[3]["what"].get("media_removed", 0) >= 1              # its photo went with it
    words = W.change_words(runs[3], "en")
    assert "removed" in words
