"""The dossier and her photos: the timeline appendix (pdftotext), references kept out of a case's
exports and of the platform report."""

from __future__ import annotations

import subprocess

import pytest

from evidence_kit import watches as W
from evidence_kit.errors import BadInput
from evidence_kit.references import add_reference
from tests.site import pages_watch as pw
from tests.watch.conftest import seal_capture


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _posts(*numbers):
    return {"name": "telegram", "page": "channel", "account": {}, "gaps": [],
            "posts": [{"id": f"leak_tj/{n}", "text": f"post {n}", "media": []} for n in numbers]}


@pytest.mark.parametrize("lang,words", [
    ("en", ("Appendix G. Timeline of watched addresses", "First seen:", "Removed between",
            "There again between", "Posts on this page", "Captured every 1 hour since")),
    ("ru", ("Впервые видна:", "Посты на этой странице", "Сохранялся каждый 1 час с")),
    ("tg", ("Замимаи Ж. Хронологияи суроғаҳои зери назорат", "Бори аввал дида шуд:", "хориҷ шуд",
            "боз пайдо шуд", "Постҳои ин саҳифа", "ҳар 1 соат сабт шудааст"))])
def test_the_court_dossier_has_a_timeline_stated_from_the_runs(vault, tmp_path, lang, words):
    import export

    url = "https://t.me/s/leak_tj"
    w, _ = W.add_watch(vault, url, every_s=3600, case="Дело 2")
    items = [seal_capture(vault, url, case="Дело 2", platform=_posts(*p), http_status=s)
             for p, s in (((10, 11), 200), ((10, 11, 12), 200), ((10, 12), 200), ((), 404), ((10, 12), 200))]
    for it in items:
        W.record_run(vault, w["id"], it)
    other = seal_capture(vault, "https://example.org/unwatched", case="Дело 3")
    r = export.export_items(vault, "court", tmp_path / "d.pdf", case="Дело 2", lang=lang)
    text = _text(r.path)
    flat = " ".join(text.split())
    for word in words:
        assert word in flat, word
    assert "1h" not in flat, "the interval is said in words, never as the command line's 1h"
    runs = W.find_watch(vault, w["id"])["runs"]
    assert [x["change"] for x in runs] == ["first", "changed", "changed", "gone", "back"]
    # removed between the third run (still there) and the fourth (gone): both exhibits are named
    assert items[2].exhibit in flat and items[3].exhibit in flat
    assert "leak_tj/11" in flat                                 # the post deleted between runs 2 and 3
    assert subprocess.run(["qpdf", "--check", str(r.path)], capture_output=True).returncode == 0
    # a dossier of another case has no timeline
    r2 = export.export_items(vault, "court", tmp_path / "o.pdf", case="Дело 3", lang="en")
    assert "Timeline of watched addresses" not in _text(r2.path) and other.exhibit in _text(r2.path)


def test_her_photos_are_not_in_a_case_export_nor_a_platform_report(vault, tmp_path):
    import export

    (tmp_path / "me.jpg").write_bytes(pw.reference_bytes())
    ref = add_reference(vault, tmp_path / "me.jpg")
    assert ref.sensitive and ref.case == ""
    vault.update_item(ref.id, case="Дело 4")                   # even moved into the case by hand
    post = seal_capture(vault, "https://example.org/p", case="Дело 4", media={"c.jpg": pw.copy_bytes()})
    r = export.export_items(vault, "court", tmp_path / "d.pdf", case="Дело 4", lang="en")
    assert r.exhibits == [post.exhibit]
    # asked for by id with a post, it is left out (never refused: "All items" holds it too)
    r = export.export_items(vault, "platform", tmp_path / "p.pdf", [ref.id, post.id], lang="en")
    assert r.exhibits == [post.exhibit] and r.references_left_out == 1
    with pytest.raises(BadInput) as e:
        export.export_items(vault, "platform", tmp_path / "q.pdf", [ref.id], lang="en")
    assert e.value.key == "ex.error.only_references" and not (tmp_path / "q.pdf").exists()
