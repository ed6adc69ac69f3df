"""Her photos to look for never leave the vault: no court dossier, platform report or bundle holds
their bytes, their SHA-256 or their file name, whichever way the items are chosen (a case, every
item, or the reference asked for by its id, in the app's way or the command line's); a platform
report of every item leaves them out instead of refusing; asking only for them is refused in words."""

from __future__ import annotations

import hashlib
import io
import zipfile

import pytest

import export
from evidence_kit.errors import BadInput
from evidence_kit.references import add_reference
from tests.conftest import PASSPHRASE
from tests.site import pages_watch as pw

from .conftest import run
from .helpers import add_capture, post_png

CASE = "Дело 5"
NAME = "my-own-photo-7731.jpg"


@pytest.fixture
def vault_with_reference(make_vault, tmp_path):
    vault, _ = make_vault()
    data = pw.reference_bytes()
    (tmp_path / NAME).write_bytes(data)
    ref = add_reference(vault, tmp_path / NAME)
    vault.update_item(ref.id, case=CASE)                 # even moved into the case by hand
    post = add_capture(vault, case=CASE, url="https://t.me/s/leaks/3", title="the post", png=post_png(700, 600),
                       media=[("media-1.jpg", pw.unrelated_bytes(102), "image/jpeg", "https://t.me/i/3.jpg")])
    return vault, ref, post, data


def _texts_and_blobs(path) -> tuple[str, list[bytes]]:
    """Everything a person or a tool could read from an exported file: its text and its bytes
    (for a ZIP, every member, and the text of the PDF inside it)."""
    blobs, texts = [path.read_bytes()], []
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                data = zf.read(name)
                blobs.append(data)
                texts.append(name)
                if name.endswith(".pdf"):
                    inner = path.with_name(path.stem + "-inner.pdf")
                    inner.write_bytes(data)
                    texts.append(run("pdftotext", inner, "-").stdout)
                else:
                    texts.append(data.decode("utf-8", "replace"))
    else:
        texts.append(run("pdftotext", path, "-").stdout)
    return "\n".join(texts), blobs


def _assert_absent(result, ref, data):
    sha = hashlib.sha256(data).hexdigest()
    assert ref.exhibit not in result.exhibits
    for f in result.files:
        text, blobs = _texts_and_blobs(f.path)
        flat = "".join(text.split())
        assert sha not in flat and sha[:16] not in flat, f.path
        assert NAME not in text and "my-own-photo" not in flat, f.path
        assert "court.source" not in text, f.path                     # never a raw message key
        for b in blobs:
            assert data not in b and hashlib.sha256(b).hexdigest() != sha, f.path


@pytest.mark.parametrize("kind", ["court", "platform", "bundle"])
def test_no_export_holds_her_photo(vault_with_reference, tmp_path, kind):
    vault, ref, post, data = vault_with_reference
    ext = ".zip" if kind == "bundle" else ".pdf"
    every = [i.id for i in vault.items()]                       # "All items", as the app passed them
    ways = {"case": dict(case=CASE), "all": dict(item_ids=every), "by id": dict(item_ids=[ref.id, post.id])}
    left_out = {}
    for way, chosen in ways.items():
        out = tmp_path / f"{kind}-{way.replace(' ', '-')}{ext}"
        result = export.export_items(vault, kind, out, lang="en", **chosen)
        assert post.exhibit in result.exhibits, way
        _assert_absent(result, ref, data)
        left_out[way] = getattr(result, "references_left_out", None)
    assert left_out == {"case": 0, "all": 1, "by id": 1}       # the command line says so


def test_asking_only_for_her_photo_is_refused_in_words(vault_with_reference, tmp_path):
    vault, ref, post, data = vault_with_reference
    for kind in ("court", "platform", "bundle"):
        with pytest.raises(BadInput) as e:
            export.export_items(vault, kind, tmp_path / f"only-{kind}.pdf", [ref.exhibit], lang="en")
        assert e.value.key == "ex.error.only_references"
        assert "never leave the vault" in e.value.message("en")
        assert not list(tmp_path.glob("only-*"))


def test_command_line_leaves_her_photo_out_and_refuses_it_alone(vault_with_reference, tmp_path, monkeypatch,
                                                                capsys):
    from evidence_kit.cli.main import main

    vault, ref, post, data = vault_with_reference
    vault.close()
    monkeypatch.setenv("EVIDENCE_KIT_PASSPHRASE", PASSPHRASE)
    base = ["export", "--vault", str(vault.path), "--lang", "en"]
    out = tmp_path / "only.pdf"
    assert main(base + ["--kind", "court", ref.exhibit, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "never leave the vault" in err and "ex.error" not in err and not out.exists()
    out = tmp_path / "both.pdf"
    assert main(base + ["--kind", "court", ref.exhibit, post.exhibit, "--out", str(out)]) == 0
    o = capsys.readouterr()
    assert "1 photo you are looking for was left out" in o.err
    text = run("pdftotext", out, "-").stdout
    assert NAME not in text and hashlib.sha256(data).hexdigest()[:16] not in "".join(text.split())
    assert main(base + ["--kind", "platform", "--case", CASE, "--out", str(tmp_path / "p.pdf")]) == 0
