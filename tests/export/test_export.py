"""The three exports checked the way a lawyer, a notary, a platform and a court's expert would:
pdftotext, pdffonts, qpdf, pypdf, the pixels of every embedded image, sha256sum and openssl."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

import export
from export.common import ExportCancelled

from .conftest import run
from .helpers import CASE_TG, add_capture, post_png, secret_png


# ----------------------------------------------------------------------------- helpers
def pdftext(path: Path) -> str:
    r = run("pdftotext", "-enc", "UTF-8", path, "-")
    assert r.returncode == 0, r.stderr
    return r.stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def pdf_images(path: Path) -> list[Image.Image]:
    out = []
    for page in PdfReader(str(path)).pages:
        for im in page.images:
            out.append(im.image.convert("L"))
    return out


def likeness(img: Image.Image, secret: Image.Image) -> float:
    """Mean absolute grey difference at 48×48: small means the secret is recognisable."""
    a = img.convert("L").resize((48, 48), Image.BILINEAR)
    b = secret.convert("L").resize((48, 48), Image.BILINEAR)
    pa, pb = a.tobytes(), b.tobytes()
    return sum(abs(x - y) for x, y in zip(pa, pb)) / len(pa)


def outline_titles(reader: PdfReader) -> list[str]:
    titles = []

    def walk(nodes):
        for n in nodes:
            if isinstance(n, list):
                walk(n)
            else:
                titles.append(n.title)

    walk(reader.outline)
    return titles


def all_items(ev):
    return [ev.vault.get(i.id) for i in ev.items]


SECRET = Image.open(io.BytesIO(secret_png()))


# ----------------------------------------------------------------------------- court dossier
@pytest.fixture(scope="module")
def court_tg(ev, tmp_path_factory):
    out = tmp_path_factory.mktemp("court") / "dossier-tg.pdf"
    res = export.export_items(ev.vault, "court", out, case=CASE_TG, lang="tg")
    return out, res


def test_court_pdf_tajik_holds_case_hashes_and_urls(ev, court_tg):
    path, res = court_tg
    text = pdftext(path)
    flat = squash(text)
    assert CASE_TG in flat
    items = all_items(ev)
    assert len(items) >= 5
    for it in items:
        for a in it.artifacts:
            assert a.sha256 in text, (it.exhibit, a.name)          # each hash whole, on one line
        if it.url:
            assert it.url in text, it.url
        assert it.exhibit in text
    assert "OTHER-CASE-SECRET" not in text                        # another case stays out
    assert res.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert res.dossier_id in text
    # Tajik words of the dossier itself
    assert "Маҷмӯаи далелҳо" in flat and "Рӯйхати далелҳо" in flat
    # the footer: case · section · page X of Y, and the dossier id, on every page
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", path).stdout).group(1))
    for n in (1, pages // 2, pages):
        t = pdftext_page(path, n)
        assert f"саҳ. {n} аз {pages}" in squash(t), (n, t[-300:])
        assert res.dossier_id in t


# Field names and stored English sentences of a capture's metadata: none may reach a Tajik dossier
# (addresses, hashes, HTTP headers and names like Chromium may: they are what they are).
METADATA_ENGLISH = [
    "protocol", "issuer", "subject", "valid_from", "valid to", "valid_to", "trusted_by_this_computer",
    "trusted by this computer", "trust_check", "trust check", "ip", "port", "name", "version", "user_agent",
    "user agent", "viewport", "difference_s", "server_date", "server date", "local_at_response", "logged_in",
    "logged in", "proxy", "vpn", "start", "end", "machine", "release", "system", "executable", "found_by",
    "found by", "locale", "accept_language", "sandbox", "profile", "temporary_files", "temporary files",
    "device_scale_factor", "headless", "height", "page_height", "truncated", "duration", "duration s",
    "resources", "requests", "kept_bytes", "not_kept", "failed", "reason", "response headers", "overlays",
    "coverage", "ident", "tag", "why", "removed", "telegram channel", "telegram_messages", "lang", "author",
    "evidence_kit", "installed", "error key", "error detail", "court",
    "Opened in a fresh browser context", "not detected by the tool", "fresh in-memory context",
    "This computer's clock", "RAM-backed folder", "known consent container", "could not connect",
    "The site refused the connection", "self-signed certificate;", "None",
]


def _without_allowed(text: str) -> str:
    text = re.sub(r"https?://\S+", " ", text)                        # addresses
    text = re.sub(r"\b[0-9a-f]{16,64}\b", " ", text)                   # hashes
    text = re.sub(r"(?m)^[A-Z][a-z]+(?:-[A-Z][a-z]+)*: .*$", " ", text)  # HTTP headers: name and value
    text = re.sub(r"Mozilla/5\.0 .*", " ", text)                       # the user agent, as sent
    return text


def test_tajik_dossier_shows_no_english_metadata(ev, court_tg):
    if not ev.captured:
        pytest.skip("no browser: no real capture")
    text = _without_allowed(pdftext(court_tg[0]))
    # a word is bounded by neither letters nor digits: vault ids such as "qg2why7wpb" are not words
    word = lambda w: rf"(?<![A-Za-z0-9_/.-]){re.escape(w)}(?![A-Za-z0-9_])"
    found = [w for w in METADATA_ENGLISH if re.search(word(w), text)]
    assert found == [], [re.findall(rf".{{0,60}}{word(w)}.{{0,40}}", text)[:2] for w in found]
    flat = squash(text)
    # the sentences are there, in Tajik, from the keys the capture stored beside them
    assert "барнома инро муайян намекунад" in flat                      # network.vpn
    assert "боварӣ нест: сертификат худимзо аст" in flat                # tls.trust_check (self-signed)
    assert "Сомона пайвастро рад кард" in flat                          # the failed capture, index too
    assert "Дар муҳити нави браузер" in flat                            # method


def test_every_metadata_field_of_a_real_capture_has_a_name(ev):
    """Each field a dossier can show (nested ones too) is named in English, Russian and Tajik."""
    from evidence_kit.i18n import lookup

    from export.court import KNOWN_KEYS, SKIP_KEYS

    if not ev.captured:
        pytest.skip("no browser: no real capture")
    missing = set()

    def walk(v, top=False):
        if isinstance(v, dict):
            for k, x in v.items():
                if top and k in SKIP_KEYS or k in ("changes", "gaps"):
                    continue
                if (k.endswith("_key") and k[:-4] in v) or (k.endswith("_params") and k[:-7] in v):
                    continue
                known = dict(KNOWN_KEYS).get(k) if top else None
                key = "court.md." + known if known else "court.key." + k
                if not all(lookup(key, lang) for lang in ("en", "ru", "tg")):
                    missing.add(k)
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    for it in ev.captured:
        walk(ev.vault.get(it.id).metadata, top=True)
    assert missing == set()


def pdftext_page(path: Path, n: int) -> str:
    r = run("pdftotext", "-enc", "UTF-8", "-f", n, "-l", n, path, "-")
    return r.stdout


def test_court_pdf_is_well_formed_with_embedded_fonts_and_outline(ev, court_tg):
    path, _ = court_tg
    r = run("qpdf", "--check", path)
    assert r.returncode == 0, r.stdout + r.stderr
    fonts = run("pdffonts", path).stdout.splitlines()[2:]
    assert fonts
    for line in fonts:
        assert "Helvetica" not in line and "Times" not in line and "Courier" not in line, line
        cols = line.split()
        assert cols[-5] == "yes", line                                  # emb
        assert cols[-3] == "yes", line                                  # uni (ToUnicode: searchable)
    reader = PdfReader(str(path))
    assert reader.metadata.title and CASE_TG in reader.metadata.title
    assert reader.metadata.author == "Зарина Раҳимова"
    assert not reader.is_encrypted
    root = reader.trailer["/Root"]
    assert "/JavaScript" not in (root.get("/Names") or {}) and "/OpenAction" not in root
    assert "/Metadata" in root and "/OutputIntents" in root            # what PDF/A-2b asks for
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp and "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    from pikepdf import pdfa

    from export.pdfa import signed_problems                          # and the file is PDF/A-2b

    assert signed_problems(Path(path).read_bytes()) == []   # PDF/A-2b, signed
    titles = outline_titles(reader)
    assert "Ҷилд" in titles and "Рӯйхати далелҳо" in titles and "Далелҳо" in titles
    for it in ev.items:
        assert any(t.startswith(it.exhibit) for t in titles), it.exhibit
    for key in ("Замимаи А. Дафтари нигаҳдорӣ", "Замимаи Б. Усули кор", "Замимаи В. Изҳороти ҷамъоварандаи далелҳо",
                "Замимаи Г. Барои нотариус ва милитсия", "Замимаи Е. Чӣ тавр бастаро санҷидан"):
        assert key in titles
    # poppler renders the pages
    r = run("pdftoppm", "-png", "-r", "20", "-f", 1, "-l", 3, path, path.parent / "p")
    assert r.returncode == 0 and len(list(path.parent.glob("p-*.png"))) == 3


def test_index_gives_the_page_where_each_exhibit_starts(ev, court_tg):
    path, _ = court_tg
    reader = PdfReader(str(path))
    pages = len(reader.pages)
    starts = {}                                  # exhibit -> page of its outline entry (1-based)

    def walk(nodes):
        for n in nodes:
            if isinstance(n, list):
                walk(n)
            elif re.match(r"EK-\d{4} — ", n.title):
                starts[n.title[:7]] = reader.get_destination_page_number(n) + 1

    walk(reader.outline)
    assert set(starts) == {it.exhibit for it in ev.items}
    index = run("pdftotext", "-layout", "-enc", "UTF-8", "-f", 2, "-l", 3, path, "-").stdout
    for exhibit, page in starts.items():
        row = re.search(rf"(?m)^\s*{exhibit}\s.*?\s(\d+)\s*$", index)
        assert row, (exhibit, index[:2000])
        assert int(row.group(1)) == page, exhibit                        # the index says where it starts
        assert f"Далели {exhibit}" in pdftext_page(path, page)             # and it does start there
        assert f"саҳ. {page} аз {pages}" in squash(pdftext_page(path, page))   # footer still right
    assert "Саҳ." in index                                                  # the column's name, in Tajik
    # each number is a link to its exhibit
    links = [a.get_object() for a in (reader.pages[1].get("/Annots") or [])]
    assert sum(1 for a in links if a.get("/Subtype") == "/Link") >= len(starts)


def test_court_pdf_appendices_say_what_a_lawyer_needs(court_tg):
    path, _ = court_tg
    flat = squash(pdftext(path))
    assert "чӣ кор кардам ва чӣ дидам" in flat                          # the declaration: what she did and saw
    assert "амали нотариалӣ нест" in flat                               # honest label
    assert "sha256sum -c SHA256SUMS" in flat
    assert "openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig" in flat
    assert "ФАВРӢ" in flat                                              # the urgency line
    assert "бояд аз ҷониби ҳуқуқшинос тасдиқ шавад" in flat            # to be confirmed by counsel


def test_court_pdf_blurs_sensitive_pictures_unless_asked(ev, court_tg, tmp_path):
    path, _ = court_tg
    imgs = pdf_images(path)
    assert imgs
    assert min(likeness(i, SECRET) for i in imgs) > 60               # never recognisable
    shown = tmp_path / "with-sensitive.pdf"
    export.export_items(ev.vault, "court", shown, [ev.synthetic["instagram"].id], lang="en",
                        include_sensitive=True)
    assert min(likeness(i, SECRET) for i in pdf_images(shown)) < 30  # the control: it is detectable
    assert "UNBLURRED" in squash(pdftext(shown))
    last = ev.vault.custody_log()[-1]["entry"]
    assert last["event"] == "exported" and last["details"]["include_sensitive"] is True
    assert last["items"] == [ev.synthetic["instagram"].id]


def _grey_diff(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute grey difference, pixel by pixel, with b brought to a's size."""
    a, b = a.convert("L"), b.convert("L").resize(a.size, Image.BILINEAR)
    return sum(abs(x - y) for x, y in zip(a.tobytes(), b.tobytes())) / (a.width * a.height)


def test_court_pdf_shows_the_pictures_saved_from_the_page(ev, court_tg):
    if not ev.captured:
        pytest.skip("no browser: no real capture")
    path = court_tg[0]
    flat = squash(pdftext(path))
    drawn = [i for i in pdf_images(path) if i.width < 400]              # not the screenshot slices
    post = ev.vault.get(next(i for i in ev.captured if i.url.endswith("/post")).id)
    pictures = [a for a in post.artifacts if a.role == "media" and a.media_type.startswith("image/")]
    # photo1..3 of the test site, then the lazy picture (light in bytes, but 600x300 px: its own file)
    assert [a.source_url.rsplit("/", 1)[-1] for a in pictures] == ["photo1.png", "photo2.png", "photo3.png",
                                                                  "lazy.png"]
    photos = pictures[:3]
    others = [Image.open(io.BytesIO(ev.vault.read_artifact(post.id, a.name))) for a in photos]
    for n, a in enumerate(photos, 1):
        assert f"{post.exhibit} · тасвири {n} · {a.name}" in flat       # captioned with its name,
        assert a.source_url in flat and a.sha256 in flat               # its address and its SHA-256
        original = others[n - 1]
        same = [i for i in drawn if i.size == original.size]
        assert same, a.name
        best = min(same, key=lambda i: _grey_diff(i, original))
        assert _grey_diff(best, original) < 30, a.name                  # shown: its own pixels,
        for other in others[:n - 1] + others[n:]:                       # not another photo's
            assert _grey_diff(best, other) > 3 * _grey_diff(best, original)
    # a channel page with 24 pictures: 12 shown, and a line says how many more are in the bundle
    chan = ev.vault.get(next(i for i in ev.captured if i.url.endswith("/s/channel")).id)
    pics = [a for a in chan.artifacts if a.role == "media" and a.media_type.startswith("image/")]
    assert len(pics) == 24
    assert f"{chan.exhibit} · тасвири 12 ·" in flat and f"{chan.exhibit} · тасвири 13 ·" not in flat
    assert "Боз 12 тасвир аз ин саҳифа дар ин ҷо нишон дода нашудааст" in flat
    # the sensitive item's picture is captioned as blurred (its pixels: the blur test below)
    insta = ev.synthetic["instagram"]
    assert f"{insta.exhibit} · тасвири 1 · media-001-photo.png · ХИРА КАРДА ШУД" in flat


def test_page_count_grows_with_a_tall_screenshot(ev, tmp_path):
    short = add_capture(ev.vault, case="Высота", url="https://t.me/tall/1", title="short", png=post_png(1280, 900, seed=11))
    tall = add_capture(ev.vault, case="Высота", url="https://t.me/tall/2", title="tall", png=post_png(1280, 12000, seed=12))
    a, b = tmp_path / "short.pdf", tmp_path / "tall.pdf"
    export.export_items(ev.vault, "court", a, [short.id], lang="en")
    export.export_items(ev.vault, "court", b, [tall.id], lang="en")
    na, nb = len(PdfReader(str(a)).pages), len(PdfReader(str(b)).pages)
    assert nb >= na + 10
    text = squash(pdftext(b))
    assert "part 1 of" in text and "pixel rows 0–" in text


@pytest.mark.parametrize("lang, words", [
    ("en", ["Evidence dossier", "Index of exhibits", "Appendix C. Declaration of the collector", "page 1 of"]),
    ("ru", ["Досье доказательств", "Перечень доказательств", "Приложение В. Заявление", "стр. 1 из"]),
])
def test_court_pdf_in_english_and_russian(ev, tmp_path, lang, words):
    out = tmp_path / f"court-{lang}.pdf"
    export.export_items(ev.vault, "court", out, case=CASE_TG, lang=lang, paper="letter")
    flat = squash(pdftext(out))
    for w in words:
        assert w in flat, w
    assert "612 x 792" in run("pdfinfo", out).stdout                   # US letter


# ----------------------------------------------------------------------------- platform report
def test_platform_report_lists_posts_and_never_an_intimate_image(ev, tmp_path):
    out = tmp_path / "platform.pdf"
    res = export.export_items(ev.vault, "platform", out, case=CASE_TG, lang="en", include_sensitive=True)
    assert res.include_sensitive is False                               # never, whatever was asked
    files = {f.platform: f.path for f in res.files}                     # one report per platform
    assert {"telegram", "instagram", "youtube"} <= set(files)
    text = {k: pdftext(p) for k, p in files.items()}
    for it in all_items(ev):
        if it.url:
            assert sum(it.url in t for t in text.values()) == 1, it.url  # in exactly one report
    tg, insta, yt = (squash(text[k]) for k in ("telegram", "instagram", "youtube"))
    assert "@leaks_dushanbe" in tg and "Post / message no.: 123" in tg
    assert "CxYz123AbC" in insta and "dQw4w9WgXcQ" in yt
    assert "Telegram: content to remove" in tg and "Instagram: content to remove" in insta
    assert "YouTube: content to remove" in yt
    assert "abuse@telegram.org" in tg
    assert "intimate image shared without consent" in insta
    assert "StopNCII" in insta
    for path in files.values():
        imgs = pdf_images(path)
        assert min(likeness(i, SECRET) for i in imgs) > 60
        assert run("qpdf", "--check", path).returncode == 0
        assert len(PdfReader(str(path)).pages) <= 4                     # short: a reviewer's two minutes
    assert all("OTHER-CASE-SECRET" not in t for t in text.values())


def test_platform_report_in_russian(ev, tmp_path):
    out = tmp_path / "platform-ru.pdf"
    export.export_items(ev.vault, "platform", out, case=CASE_TG, lang="ru", platform="telegram")
    flat = squash(pdftext(out))
    assert "Telegram: материалы для удаления" in flat and "Как отправить эту жалобу" in flat


def raw_keys(text: str) -> list[str]:
    """Message keys printed as they are ("court.source_reference", "ex.verify.step_fp"): a key
    the catalogue has, or one shaped like a key with a prefix the catalogue uses."""
    from evidence_kit.i18n import all_keys

    known = all_keys()
    prefixes = {k.split(".")[0] for k in known}
    found = re.findall(r"\b[a-z]+(?:\.[a-z0-9_]+)+\b", text)
    return sorted({k for k in found if k in known or (k.split(".")[0] in prefixes and "_" in k)})


def test_no_message_key_reaches_a_document(ev, court_tg, tmp_path):
    """Every word of the court dossier (each language), the platform report and VERIFY.txt is a
    sentence, never a message key."""
    texts = {"court tg": pdftext(court_tg[0])}
    for lang in ("en", "ru"):
        out = tmp_path / f"court-{lang}.pdf"
        export.export_items(ev.vault, "court", out, case=CASE_TG, lang=lang)
        texts[f"court {lang}"] = pdftext(out)
    res = export.export_items(ev.vault, "platform", tmp_path / "p.pdf", case=CASE_TG, lang="ru")
    for f in res.files:
        texts[f"platform {f.platform}"] = pdftext(f.path)
    out = tmp_path / "b.zip"
    export.export_items(ev.vault, "bundle", out, case=CASE_TG, lang="en")
    with zipfile.ZipFile(out) as zf:
        texts["VERIFY.txt"] = zf.read("VERIFY.txt").decode("utf-8")
    assert {k: raw_keys(t) for k, t in texts.items() if raw_keys(t)} == {}


# ----------------------------------------------------------------------------- bundle
@pytest.fixture(scope="module")
def bundle(ev, tmp_path_factory):
    d = tmp_path_factory.mktemp("bundle")
    out = d / "bundle.zip"
    res = export.export_items(ev.vault, "bundle", out, case=CASE_TG, lang="tg")
    unpacked = d / "unpacked"
    with zipfile.ZipFile(out) as zf:
        zf.extractall(unpacked)
    return out, res, unpacked


def test_bundle_passes_stock_tools(ev, bundle):
    out, res, u = bundle
    r = run("sha256sum", "-c", "SHA256SUMS", cwd=u)
    assert r.returncode == 0, r.stdout + r.stderr
    listed = {line.split("  ", 1)[1] for line in (u / "SHA256SUMS").read_text().splitlines()}
    on_disk = {p.relative_to(u).as_posix() for p in u.rglob("*") if p.is_file()}
    assert on_disk - listed == {"SHA256SUMS", "SHA256SUMS.sig"}        # every other file is covered
    r = run("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "public-key.pem", "-rawin",
            "-in", "SHA256SUMS", "-sigfile", "SHA256SUMS.sig", cwd=u)
    assert r.returncode == 0 and "Signature Verified Successfully" in r.stdout, r.stdout + r.stderr
    verify = (u / "VERIFY.txt").read_text("utf-8")
    assert "sha256sum -c SHA256SUMS" in verify and "-rawin -in SHA256SUMS -sigfile SHA256SUMS.sig" in verify
    assert ev.vault.fingerprint in verify and "ҷамъоваранда" in verify


def test_bundle_holds_byte_identical_originals_and_the_pdf_hash(ev, bundle):
    out, res, u = bundle
    manifest = json.loads((u / "manifest.json").read_text("utf-8"))
    pdf = u / manifest["court_pdf"]["path"]
    assert manifest["court_pdf"]["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest() == res.pdf_sha256
    assert manifest["vault_fingerprint"] == ev.vault.fingerprint
    seen = 0
    for it in all_items(ev):
        m = next(x for x in manifest["items"] if x["id"] == it.id)
        for a, ma in zip(it.artifacts, m["artifacts"]):
            assert ma["sha256"] == a.sha256
            if it.sensitive:
                assert ma.get("withheld") and "path" not in ma           # intimate originals stay home
                continue
            data = (u / ma["path"]).read_bytes()
            assert data == ev.vault.read_artifact(it.id, a.name)
            assert ma["path"].startswith(f"exhibits/{it.exhibit}/")
            seen += 1
    assert seen > 10
    # the custody log: entries of this case in full, others withheld, the chain intact
    lines = [json.loads(x) for x in (u / "custody-log.jsonl").read_text("utf-8").splitlines()]
    assert [r.get("seq") or r["entry"]["seq"] for r in lines] == list(range(1, len(lines) + 1))
    assert any(r.get("withheld") for r in lines)
    assert "OTHER-CASE-SECRET" not in (u / "custody-log.jsonl").read_text("utf-8")
    assert "OTHER-CASE-SECRET" not in (u / "manifest.json").read_text("utf-8")
    rep = export.verify_bundle(out)
    assert rep.ok, [p.message for p in rep.problems]
    assert rep.signature_ok and rep.fingerprint == ev.vault.fingerprint and rep.log_entries == len(lines)
    # the export itself is in the vault's custody log
    exported = [r["entry"] for r in ev.vault.custody_log() if r["entry"]["event"] == "exported"
                and r["entry"]["details"].get("dossier_id") == res.dossier_id]
    assert len(exported) == 1
    d = exported[0]["details"]
    assert d["kind"] == "bundle" and d["include_sensitive"] is False and d["sha256"] == res.sha256
    assert d["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()


def _rewrite(src: Path, dst: Path, change) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            data = change(info.filename, data)
            if data is not None:
                zout.writestr(info.filename, data)
        extra = change("__extra__", None)
        if extra is not None:
            zout.writestr("exhibits/EK-0001/added.txt", extra)


def test_verify_bundle_catches_a_changed_byte_and_says_what(ev, bundle, tmp_path):
    out, res, u = bundle
    target = next(n for n in zipfile.ZipFile(out).namelist() if n.endswith("page.html"))

    def flip(name, data):
        if name == target:
            return data[:10] + bytes([data[10] ^ 1]) + data[11:]
        return data

    bad = tmp_path / "changed.zip"
    _rewrite(out, bad, flip)
    rep = export.verify_bundle(bad, lang="en")
    assert not rep.ok
    assert any(p.code == "changed" and p.path == target for p in rep.problems)
    assert any(target in p.message and "changed" in p.message for p in rep.problems)
    assert run("sha256sum", "--quiet", "-c", "SHA256SUMS", cwd=u).returncode == 0   # the good copy still passes
    # one byte changed in the ZIP file itself (a stored picture): the ZIP checksum catches it
    raw = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith("screenshot-full.png") and i.compress_type == 0)
    pos = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 200
    raw[pos] ^= 0xFF
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(raw))
    rep = export.verify_bundle(damaged, lang="ru")
    assert not rep.ok and any(p.code in ("damaged", "changed") for p in rep.problems)
    assert all(re.search("[а-я]", p.message) for p in rep.problems)   # in the language asked for
    # a new list of hashes without a new signature
    def resum(name, data):
        if name == "SHA256SUMS":
            return data.replace(b"  VERIFY.txt", b"  VERIFY.txt").replace(b"\n", b"\n", 1) + b""
        if name == "VERIFY.txt":
            return data + b"tampered\n"
        return data

    def fix_sums(src, dst):
        with zipfile.ZipFile(src) as zin:
            files = {n: zin.read(n) for n in zin.namelist()}
        files["VERIFY.txt"] += b"tampered\n"
        lines = []
        for line in files["SHA256SUMS"].decode().splitlines():
            h, n = line.split("  ", 1)
            if n == "VERIFY.txt":
                h = hashlib.sha256(files[n]).hexdigest()
            lines.append(f"{h}  {n}")
        files["SHA256SUMS"] = ("\n".join(lines) + "\n").encode()
        with zipfile.ZipFile(dst, "w") as zout:
            for n, data in files.items():
                zout.writestr(n, data)

    forged = tmp_path / "forged.zip"
    fix_sums(out, forged)
    rep = export.verify_bundle(forged)
    assert [p.code for p in rep.problems] == ["bad_signature"]
    # a file slipped in afterwards
    added = tmp_path / "added.zip"
    _rewrite(out, added, lambda n, d: b"new" if n == "__extra__" else d)
    rep = export.verify_bundle(added)
    assert [p.code for p in rep.problems] == ["not_listed"]
    # not a bundle at all
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    assert [p.code for p in export.verify_bundle(junk).problems] == ["not_zip"]


# ----------------------------------------------------------------------------- safety of the export
@pytest.mark.parametrize("kind", ["court", "platform", "bundle"])
def test_a_stopped_export_leaves_nothing_behind(ev, tmp_path, kind):
    target = tmp_path / f"out.{kind}"
    calls = []

    def stop_halfway(done, total):
        calls.append(done)
        if done >= 2:
            raise ExportCancelled()

    before = len(ev.vault.custody_log())
    with pytest.raises(ExportCancelled):
        export.export_items(ev.vault, kind, target, case=CASE_TG, progress=stop_halfway)
    assert calls
    assert list(tmp_path.iterdir()) == []                             # no target, no hidden partial
    assert len(ev.vault.custody_log()) == before                       # nothing recorded either


def test_existing_file_is_kept_unless_overwrite(ev, tmp_path):
    target = tmp_path / "d.pdf"
    target.write_bytes(b"older dossier")
    from evidence_kit.errors import BadInput

    with pytest.raises(BadInput):
        export.export_items(ev.vault, "court", target, [ev.imported[1].id])
    assert target.read_bytes() == b"older dossier"
    export.export_items(ev.vault, "court", target, [ev.imported[1].id], overwrite=True)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["d.pdf"]


def test_damaged_evidence_fails_the_export_cleanly(make_vault, tmp_path):
    from evidence_kit.errors import EvidenceKitError

    vault, _ = make_vault("damaged")
    it = add_capture(vault, case="X", url="https://t.me/x/1", title="x", png=post_png(400, 400))
    obj = max((p for p in (vault.path / "objects").rglob("*") if p.is_file()), key=lambda p: p.stat().st_size)
    data = bytearray(obj.read_bytes())
    data[len(data) // 2] ^= 1
    obj.write_bytes(bytes(data))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(EvidenceKitError) as info:
        export.export_items(vault, "bundle", out / "b.zip", [it.id])
    assert info.value.message("en")
    assert list(out.iterdir()) == []


def test_no_plaintext_reaches_tmpdir(ev, tmp_path, monkeypatch):
    tmpdir = tmp_path / "tmpdir"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    monkeypatch.setattr(tempfile, "tempdir", None)
    out = tmp_path / "out"
    out.mkdir()
    for kind, name in (("court", "c.pdf"), ("platform", "p.pdf"), ("bundle", "b.zip")):
        export.export_items(ev.vault, kind, out / name, case=CASE_TG, include_sensitive=kind == "bundle")
    assert list(tmpdir.rglob("*")) == []
    names = sorted(p.name for p in out.iterdir())
    assert names[:2] == ["b.zip", "c.pdf"] and all(n.startswith("p-") for n in names[2:]) and len(names) > 3
    assert all((os.stat(out / n).st_mode & 0o077) == 0 for n in names)


# ----------------------------------------------------------------------------- command line
def test_cli_export_and_verify_bundle(ev, tmp_path, monkeypatch, capsys):
    from evidence_kit.cli.main import main

    ev.vault.close()
    try:
        monkeypatch.setenv("EVIDENCE_KIT_PASSPHRASE", "pass phrase")
        out = tmp_path / "b.zip"
        rc = main(["export", "--vault", str(ev.vault.path), "--kind", "bundle", "--case", CASE_TG,
                   "--out", str(out), "--lang", "ru"])
        o = capsys.readouterr()
        assert rc == 0, o.err
        assert "Пакет для проверки записан" in o.out
        assert main(["verify-bundle", str(out), "--lang", "tg"]) == 0
        assert "Баста солим аст" in capsys.readouterr().out
        raw = bytearray(out.read_bytes())
        with zipfile.ZipFile(out) as zf:
            info = next(i for i in zf.infolist() if i.filename == "manifest.json")
        raw[info.header_offset + 30 + len(info.filename) + len(info.extra) + 5] ^= 0x55
        out.write_bytes(bytes(raw))
        assert main(["verify-bundle", str(out), "--lang", "en"]) == 1
        o = capsys.readouterr().out
        assert "manifest.json" in o and "did NOT pass" in o
        assert main(["export", "--vault", str(ev.vault.path), "--kind", "court", "--out", str(tmp_path / "x.pdf")]) == 2
        assert main(["export", "--vault", str(ev.vault.path), "--kind", "court", "EK-0001", "--json",
                     "--out", str(tmp_path / "x.pdf")]) == 0
        assert json.loads(capsys.readouterr().out)["exhibits"] == ["EK-0001"]
    finally:
        from evidence_kit.vault import Vault

        ev.vault = Vault.open(ev.vault.path, "pass phrase", writable=True)
