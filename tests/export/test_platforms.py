"""Platform, account and post numbers read from URLs, as the platform report shows them."""

from __future__ import annotations

import pytest

from export.post_refs import parse_url


@pytest.mark.parametrize("url, platform, handle, account, post", [
    ("https://t.me/leaks_dushanbe/123", "telegram", "@leaks_dushanbe", "", "123"),
    ("https://t.me/s/leaks_dushanbe/456?single", "telegram", "@leaks_dushanbe", "", "456"),
    ("https://t.me/leaks_dushanbe", "telegram", "@leaks_dushanbe", "", ""),
    ("https://t.me/c/1234567890/77", "telegram", "", "1234567890", "77"),
    ("https://www.instagram.com/p/CxYz123AbC/", "instagram", "", "", "CxYz123AbC"),
    ("https://instagram.com/reel/Cabc/?igsh=x", "instagram", "", "", "Cabc"),
    ("https://www.instagram.com/stories/some.user/3141592653/", "instagram", "@some.user", "", "3141592653"),
    ("https://www.instagram.com/some.user/", "instagram", "@some.user", "", ""),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10", "youtube", "", "", "dQw4w9WgXcQ"),
    ("https://youtu.be/dQw4w9WgXcQ", "youtube", "", "", "dQw4w9WgXcQ"),
    ("https://m.youtube.com/shorts/abcDEF12345", "youtube", "", "", "abcDEF12345"),
    ("https://www.youtube.com/@someone", "youtube", "@someone", "", ""),
    ("https://www.facebook.com/permalink.php?story_fbid=111&id=222", "facebook", "", "222", "111"),
    ("https://www.facebook.com/some.page/posts/pfbid0abc", "facebook", "some.page", "", "pfbid0abc"),
    ("https://www.tiktok.com/@user.name/video/7301234567890123456", "tiktok", "@user.name", "", "7301234567890123456"),
    ("https://vk.com/wall-12345_678", "vk", "", "-12345", "678"),
    ("https://vk.com/durov?w=wall1_45", "vk", "durov", "1", "45"),
    ("https://ok.ru/profile/5555/statuses/7777", "ok", "", "5555", "7777"),
    ("https://example.org/x", "other", "", "", ""),
])
def test_parse_url(url, platform, handle, account, post):
    ref = parse_url(url)
    assert (ref.platform, ref.handle, ref.account_id, ref.post_id) == (platform, handle, account, post)


def test_private_telegram_links_need_a_login():
    assert parse_url("https://t.me/c/1234567890/77").private
    assert parse_url("https://t.me/+AbCdEf").private
    assert not parse_url("https://t.me/channel/1").private

