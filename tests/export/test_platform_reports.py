"""Platform reports that protect her: one file per platform (a report to Telegram never shows her
Instagram or VK items, nor her case's name), every picture blurred whether marked sensitive or not
(measured on the pixels), no computer login name anywhere, and the routes to send it by."""

from __future__ import annotations

import getpass
import io
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

import export
from evidence_kit.errors import BadInput

from .conftest import run
from .helpers import add_capture, post_png, secret_png

CASE = "Парвандаи махфӣ — Instagram ва VK"
ITEMS = {      # name -> (url, title, picture maker, sensitive, abuse)
    "tg": ("https://t.me/s/leaks_dushanbe/123", "TG-TITLE", lambda: post_png(1280, 1600, seed=1), False, ["home_address"]),
    "tg_private": ("https://t.me/c/1234567890/77", "TG-PRIVATE-TITLE", lambda: post_png(1280, 900, seed=2), False, []),
    # an intimate picture inside a capture nobody marked sensitive: it must be blurred all the same
    "insta": ("https://www.instagram.com/p/CxYz123AbC/", "INSTA-TITLE", secret_png, False, ["intimate_image"]),
    "yt": ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YT-TITLE", lambda: post_png(1280, 1100, seed=5), False, ["threats"]),
    "vk": ("https://vk.com/wall-12345_678", "VK-TITLE", lambda: post_png(900, 900, seed=6), False, []),
    "site": ("https://leaks.example.org/post/9", "SITE-TITLE", lambda: post_png(900, 900, seed=7), False, []),
}


def flat(path: Path) -> str:
    return re.sub(r"\s+", " ", run("pdftotext", "-enc", "UTF-8", path, "-").stdout)


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    from evidence_kit.vault import Vault
    from tests.conftest import FAST_KDF

    root = tmp_path_factory.mktemp("platforms")
    vault, _ = Vault.create(root / "vault", "pass phrase", kdf=FAST_KDF)     # no collector given
    items, pictures = {}, {}
    for name, (url, title, make, sensitive, abuse) in ITEMS.items():
        pictures[name] = make()
        items[name] = add_capture(vault, case=CASE, url=url, title=title, png=pictures[name],
                                  sensitive=sensitive, abuse=abuse)
    with vault.new_item("import", case=CASE, title="IMPORT-TITLE", metadata={"original_name": "a.png"}) as d:
        d.add_bytes("a.png", post_png(300, 300, seed=9), role="original", media_type="image/png")
        d.seal()
    out = root / "report.pdf"
    res = export.export_items(vault, "platform", out, case=CASE, lang="en")
    yield {"vault": vault, "items": items, "pictures": pictures, "res": res, "root": root}
    vault.close()


def test_one_file_per_platform_each_showing_only_its_own_items(reports):
    files = {f.platform: f for f in reports["res"].files}
    assert list(files) == ["telegram", "instagram", "youtube", "vk", "leaks.example.org"]
    own = {"telegram": ("tg", "tg_private"), "instagram": ("insta",), "youtube": ("yt",), "vk": ("vk",),
           "leaks.example.org": ("site",)}
    for platform, f in files.items():
        assert f.path.name == f"report-{platform}.pdf"
        text = flat(f.path)
        meta = PdfReader(str(f.path)).metadata
        shown = text + " " + " ".join(str(v) for v in meta.values())
        for name, (url, title, *_rest) in ITEMS.items():
            mine = name in own[platform]
            assert (url in shown) == mine, (platform, url)
            assert (title in shown) == mine, (platform, title)
        assert CASE not in shown                                       # not even the case's name
        assert "IMPORT-TITLE" not in shown and "imported" not in text.lower()
        assert f.exhibits == [reports["items"][n].exhibit for n in own[platform]]


def test_each_report_is_recorded_with_its_own_items(reports):
    entries = [r["entry"] for r in reports["vault"].custody_log() if r["entry"]["event"] == "exported"]
    by_platform = {e["details"]["platform"]: e for e in entries}
    for f in reports["res"].files:
        e = by_platform[f.platform]
        assert e["details"]["sha256"] == f.sha256 and e["details"]["file_name"] == f.path.name
        assert sorted(e["items"]) == sorted(reports["items"][n].id for n in reports["items"]
                                            if reports["items"][n].exhibit in f.exhibits)


def _edges(img: Image.Image) -> float:
    """Mean absolute difference between neighbouring pixels: text and photos have many edges, a
    blurred stand-in almost none."""
    g = img.convert("L")
    w, h = g.size
    px = g.tobytes()
    total = sum(abs(px[y * w + x] - px[y * w + x + 1]) for y in range(0, h, 2) for x in range(0, w - 1, 2))
    return total / (((h + 1) // 2) * ((w - 1 + 1) // 2))


def test_every_picture_in_every_report_is_blurred(reports, tmp_path):
    seen = 0
    for f in reports["res"].files:
        d = tmp_path / f.platform
        d.mkdir()
        assert run("pdfimages", "-png", f.path, d / "i").returncode == 0
        imgs = [Image.open(p) for p in sorted(d.glob("*.png"))]
        assert len(imgs) == len(f.exhibits)                            # one thumbnail per item, no more
        names = [n for n in ITEMS if reports["items"][n].exhibit in f.exhibits]
        for img, name in zip(imgs, names):
            seen += 1
            assert _edges(img) < 0.8, (f.platform, _edges(img))
            # the control: the same part of the picture, unblurred at the same size, has edges
            original = Image.open(io.BytesIO(reports["pictures"][name])).convert("RGB")
            top = original.crop((0, 0, original.width, int(original.width * 0.62)))
            assert _edges(top.resize(img.size, Image.LANCZOS)) > 1.5, name
    assert seen == len(ITEMS)
    secret = Image.open(io.BytesIO(secret_png())).convert("L").resize((48, 48))
    insta = next(f for f in reports["res"].files if f.platform == "instagram")
    d = tmp_path / "instagram"
    shown = Image.open(next(d.glob("*.png"))).convert("L").resize((48, 48))
    diff = sum(abs(a - b) for a, b in zip(shown.tobytes(), secret.tobytes())) / 48 / 48
    assert diff > 60, diff                                             # the intimate image is not there
    assert "blurred on purpose" in flat(insta.path)


def test_no_login_name_and_collector_only_when_given(reports, tmp_path):
    login = getpass.getuser()
    for f in reports["res"].files:
        text = flat(f.path)
        meta = PdfReader(str(f.path)).metadata
        assert "Prepared on" in text and "Prepared by" not in text
        assert not meta.author
        raw = f.path.read_bytes()
        if len(login) >= 3:
            assert login.encode() not in raw and login not in text
    vault = reports["vault"]
    vault.set_setting("collector", "Зарина Раҳимова")
    try:
        out = tmp_path / "named.pdf"
        export.export_items(vault, "platform", out, [reports["items"]["tg"].id], lang="en")
        text = flat(out)
        assert "Prepared by Зарина Раҳимова" in text and "On behalf of Зарина Раҳимова" in text
        assert PdfReader(str(out)).metadata.author == "Зарина Раҳимова"
    finally:
        vault.set_setting("collector", "")


ROUTES = {
    "telegram": ["abuse@telegram.org", "@notoscam", "t.me/c/", "private among their members",
                 "cannot be acted on", "not among them"],
    "instagram": ["facebook.com/safety/notwithoutmyconsent", "help.instagram.com", "stopncii.org",
                  "for adults (18 and over)", "takeitdown.ncmec.org", "under 18", "Instagram is a partner",
                  "please treat this report as urgent"],
    "youtube": ["support.google.com/youtube/answer/142443", "legal representative", "the time where her image",
                "not among them"],
    "vk": ["vk.com/support", "Пожаловаться"],
    "leaks.example.org": ["abuse", "WHOIS"],
}


def test_each_report_ends_with_the_routes_to_send_it(reports):
    for f in reports["res"].files:
        text = flat(f.path)
        assert "How to send this report" in text
        for words in ROUTES[f.platform]:
            assert words in text, (f.platform, words)
    tg = flat(next(f.path for f in reports["res"].files if f.platform == "telegram"))
    assert "StopNCII" not in tg.split("Intimate images")[0]             # no partner claim for Telegram


@pytest.mark.parametrize("lang, words", [
    ("ru", ["Как отправить эту жалобу", "abuse@telegram.org", "@notoscam", "Закрытая ссылка (t.me/c/…)"]),
    ("tg", ["Ин шикоятро чӣ тавр фиристодан", "abuse@telegram.org", "@notoscam", "Пайванди пӯшида (t.me/c/…)"]),
])
def test_one_platform_in_russian_and_tajik(reports, tmp_path, lang, words):
    out = tmp_path / f"tg-{lang}.pdf"
    res = export.export_items(reports["vault"], "platform", out, case=CASE, lang=lang, platform="telegram")
    assert [f.path for f in res.files] == [out]
    text = flat(out)
    for w in words:
        assert w in text, w
    assert ITEMS["insta"][0] not in text and ITEMS["vk"][0] not in text


def test_the_report_is_pdfa_2b(reports):
    from pikepdf import pdfa

    for f in reports["res"].files:
        assert run("qpdf", "--check", f.path).returncode == 0
        from export.pdfa import signed_problems
        assert signed_problems(Path(f.path).read_bytes()) == []   # PDF/A-2b, signed


def test_a_platform_with_nothing_chosen_on_it_is_refused_in_words(reports, tmp_path):
    with pytest.raises(BadInput) as info:
        export.export_items(reports["vault"], "platform", tmp_path / "x.pdf", case=CASE, platform="tiktok")
    assert "telegram" in info.value.message("en")
    assert list(tmp_path.iterdir()) == []


def test_cli_platform_reports(reports, tmp_path, monkeypatch, capsys):
    from evidence_kit.cli.main import main

    vault = reports["vault"]
    vault.close()
    try:
        monkeypatch.setenv("EVIDENCE_KIT_PASSPHRASE", "pass phrase")
        base = ["export", "--vault", str(vault.path), "--kind", "platform", "--case", CASE]
        assert main(base + ["--out", str(tmp_path / "r.pdf")]) == 0
        out = capsys.readouterr().out
        made = sorted(p.name for p in tmp_path.glob("r-*.pdf"))
        assert made == sorted(["r-telegram.pdf", "r-instagram.pdf", "r-youtube.pdf", "r-vk.pdf",
                               "r-leaks.example.org.pdf"])
        assert all(m in out for m in made)
        assert main(base + ["--platform", "instagram", "--out", str(tmp_path / "only.pdf")]) == 0
        assert (tmp_path / "only.pdf").is_file() and ITEMS["tg"][0] not in flat(tmp_path / "only.pdf")
        capsys.readouterr()
        assert main(base + ["--platform", "tiktok", "--out", str(tmp_path / "none.pdf")]) == 2
        assert "tiktok" in capsys.readouterr().err
        assert main(["export", "--vault", str(vault.path), "--kind", "court", "--case", CASE,
                     "--platform", "vk", "--out", str(tmp_path / "c.pdf")]) == 2
    finally:
        from evidence_kit.vault import Vault

        reports["vault"] = Vault.open(vault.path, "pass phrase", writable=True)
