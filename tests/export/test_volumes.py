"""`export --max-size MB`: a court dossier cut into volumes for e-filing, each within the limit and
complete in itself (cover, the full index naming each exhibit's volume and page, its exhibits, the
appendices in the last), written all or nothing and recorded in the custody log."""

from __future__ import annotations

import hashlib
import io
import random
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

import export
from evidence_kit.errors import BadInput

from .conftest import run
from .helpers import add_capture

CASE = "Ҷилдҳо"
LIMIT_MB = 1.2


def noisy_png(w: int, h: int, seed: int) -> bytes:
    """A picture that does not compress: its size in the PDF is its size, so volumes fill up."""
    rnd = random.Random(seed)
    img = Image.frombytes("RGB", (w, h), rnd.randbytes(w * h * 3))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def vols(tmp_path_factory):
    from evidence_kit.vault import Vault
    from tests.conftest import FAST_KDF

    root = tmp_path_factory.mktemp("volumes")
    vault, _ = Vault.create(root / "vault", "pass phrase", kdf=FAST_KDF, collector="Зарина")
    items = [add_capture(vault, case=CASE, url=f"https://t.me/s/leaks_tj/{100 + i}", title=f"пост {i}",
                         png=noisy_png(420, 300 + 40 * i, i)) for i in range(7)]
    out = root / "dossier.pdf"
    res = export.export_items(vault, "court", out, case=CASE, lang="en", max_size=LIMIT_MB)
    yield {"vault": vault, "items": items, "res": res, "root": root, "out": out}
    vault.close()


def flat(path: Path) -> str:
    return re.sub(r"\s+", " ", run("pdftotext", "-enc", "UTF-8", path, "-").stdout)


def outline(path: Path) -> dict[str, int]:
    reader = PdfReader(str(path))
    out = {}

    def walk(nodes):
        for n in nodes:
            if isinstance(n, list):
                walk(n)
            else:
                out[n.title] = reader.get_destination_page_number(n) + 1

    walk(reader.outline)
    return out


def test_every_volume_is_within_the_limit_and_named_in_order(vols):
    files = vols["res"].files
    assert len(files) >= 3
    assert [f.path.name for f in files] == [f"dossier-vol{n}of{len(files)}.pdf" for n in range(1, len(files) + 1)]
    assert not vols["out"].exists()                                    # only the volumes
    for f in files:
        assert f.path.stat().st_size == f.size <= LIMIT_MB * 1_000_000
        assert hashlib.sha256(f.path.read_bytes()).hexdigest() == f.sha256
        assert run("qpdf", "--check", f.path).returncode == 0
    total = sum(f.size for f in files)
    assert total > LIMIT_MB * 1_000_000                                # it really had to be cut


def test_each_volume_is_complete_in_itself(vols):
    from pikepdf import pdfa

    files = vols["res"].files
    n = len(files)
    where = {}
    for k, f in enumerate(files, 1):
        text = flat(f.path)
        titles = outline(f.path)
        assert "Evidence dossier" in text and "Index of exhibits" in titles        # cover and index
        assert f"Volume {k} of {n}:" in text
        for it in vols["items"]:
            assert it.exhibit in text                                   # the full index, every exhibit
            if any(t.startswith(it.exhibit + " — ") for t in titles):
                assert it.exhibit not in where, "an exhibit in two volumes"
                where[it.exhibit] = (k, titles[next(t for t in titles if t.startswith(it.exhibit + " — "))])
        appendix = "Appendix F. How to verify the bundle" in titles
        assert appendix == (k == n)                                     # the appendices in the last only
        assert f.dossier_id in run("pdftotext", "-f", 1, "-l", 1, f.path, "-").stdout
        from export.pdfa import signed_problems
        assert signed_problems(Path(f.path).read_bytes()) == []   # PDF/A-2b, signed
    assert set(where) == {it.exhibit for it in vols["items"]}          # every exhibit somewhere
    assert [where[it.exhibit][0] for it in vols["items"]] == sorted(where[it.exhibit][0] for it in vols["items"])
    # every volume's index names each exhibit's volume and the page where it starts there
    for f in files:
        index = run("pdftotext", "-layout", "-enc", "UTF-8", "-f", 2, "-l", 2, f.path, "-").stdout
        for exhibit, (vol, page) in where.items():
            row = re.search(rf"(?m)^\s*{exhibit}\s.*?\s(\d+)\s+(\d+)\s*$", index)
            assert row, (f.path.name, exhibit, index[:1500])
            assert (int(row.group(1)), int(row.group(2))) == (vol, page), (f.path.name, exhibit)


def test_the_export_is_recorded_with_every_volume(vols):
    entry = next(r["entry"] for r in reversed(vols["vault"].custody_log()) if r["entry"]["event"] == "exported")
    d = entry["details"]
    assert d["kind"] == "court" and d["max_size_bytes"] == int(LIMIT_MB * 1_000_000)
    assert [(v["file_name"], v["sha256"], v["size"]) for v in d["volumes"]] == \
        [(f.path.name, f.sha256, f.size) for f in vols["res"].files]
    assert entry["items"] == [it.id for it in vols["items"]]


def test_a_dossier_that_fits_is_one_file_as_always(vols, tmp_path):
    out = tmp_path / "small.pdf"
    res = export.export_items(vols["vault"], "court", out, [vols["items"][0].id], max_size=LIMIT_MB)
    assert [f.path for f in res.files] == [out] and out.is_file()
    assert "Volume" not in flat(out)


def test_a_limit_no_volume_can_meet_is_refused_in_words_and_writes_nothing(vols, tmp_path):
    big = add_capture(vols["vault"], case="Калон", url="https://t.me/s/big/1", title="big", png=noisy_png(760, 700, 99))
    with pytest.raises(BadInput) as info:
        export.export_items(vols["vault"], "court", tmp_path / "d.pdf", [vols["items"][0].id, big.id], max_size=1)
    text = info.value.message("en")
    assert big.exhibit in text and "MB" in text and "No file was written" in text
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(BadInput):
        export.export_items(vols["vault"], "court", tmp_path / "d.pdf", case=CASE, max_size="0.5")
    with pytest.raises(BadInput):
        export.export_items(vols["vault"], "platform", tmp_path / "d.pdf", case=CASE, max_size=5)


def test_cli_max_size(vols, tmp_path, monkeypatch, capsys):
    from evidence_kit.cli.main import main

    vault = vols["vault"]
    vault.close()
    try:
        monkeypatch.setenv("EVIDENCE_KIT_PASSPHRASE", "pass phrase")
        out = tmp_path / "cli.pdf"
        rc = main(["export", "--vault", str(vault.path), "--kind", "court", "--case", CASE, "--out", str(out),
                   "--max-size", str(LIMIT_MB), "--lang", "tg"])
        o = capsys.readouterr()
        assert rc == 0, o.err
        made = sorted(tmp_path.glob("cli-vol*.pdf"))
        assert len(made) >= 3 and all(p.stat().st_size <= LIMIT_MB * 1_000_000 for p in made)
        assert "ҷилд" in o.out and all(p.name in o.out for p in made)
        assert main(["export", "--vault", str(vault.path), "--kind", "bundle", "--case", CASE,
                     "--out", str(tmp_path / "b.zip"), "--max-size", "5"]) == 2
    finally:
        from evidence_kit.vault import Vault

        vols["vault"] = Vault.open(vault.path, "pass phrase", writable=True)


def test_a_stop_after_the_files_are_written_does_not_make_a_finished_export_look_stopped(vols, tmp_path):
    """The last progress report comes after the files are in place and the custody log has the
    export: a 'stop' raised there is too late and is ignored (the app then says 'done')."""
    from export.common import ExportCancelled

    calls = []

    def stop_at_the_end(done, total):
        calls.append((done, total))
        if (done, total) == (1, 1):
            raise ExportCancelled()

    out = tmp_path / "late.pdf"
    res = export.export_items(vols["vault"], "court", out, [vols["items"][0].id], progress=stop_at_the_end)
    assert calls[-1] == (1, 1) and out.is_file() and res.files[0].path == out
    last = vols["vault"].custody_log()[-1]["entry"]
    assert last["event"] == "exported" and last["details"]["sha256"] == res.sha256
