"""A capture carrying a platform record (capture/platforms/: many posts, long texts) still makes a
court dossier, which names the platform, the account and the number of posts."""

from __future__ import annotations

import subprocess

from tests.site import pages_platforms as P


def test_court_dossier_with_a_large_platform_record(vault, tmp_path):
    from capture.platforms import record_for
    from capture.platforms.base import PageView
    from export import export_items

    record = record_for(PageView(url=f"https://t.me/s/{P.TG_CHANNEL}", final_url=f"https://t.me/s/{P.TG_CHANNEL}",
                                 html=P.page_tg_preview()))
    record["posts"] = record["posts"] * 10          # 200 posts: more than a page of text if shown whole
    with vault.new_item("capture", url=f"https://t.me/s/{P.TG_CHANNEL}", title=P.TG_TITLE,
                        captured_at="2026-11-30T10:00:00.000Z", metadata={"platform": record}) as draft:
        draft.add_bytes("page.txt", "матн".encode(), role="text", media_type="text/plain; charset=utf-8")
        item = draft.seal()
    for lang, words in (("en", "200 posts recorded from the page"), ("tg", "Аз саҳифа 200 нашрия сабт шуд")):
        out = tmp_path / f"d-{lang}.pdf"
        export_items(vault, "court", out, [item.id], lang=lang)
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        flat = " ".join(text.split())
        assert words in flat and f"@{P.TG_CHANNEL}" in flat and str(P.TG_CHANNEL_ID) in flat
