"""Exports do not reveal the computer's login name nor where imported files were, unless the
person asks for the paths. Black-box: the command line, the PDFs read back with
pdftotext/pdfinfo, the bundle unpacked."""

from __future__ import annotations

import json
import os
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.canary import find_canary
from tests.core.helpers import cli_env, run_cli
from tests.site.server import png


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout + subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                              text=True, check=True).stdout


@pytest.fixture
def setting(tmp_path):
    login = "ekLogin" + os.urandom(4).hex()
    home = tmp_path / "home" / login
    pictures = home / "Pictures"
    pictures.mkdir(parents=True)
    photo = pictures / "screenshot.png"
    photo.write_bytes(png(30, 20, (1, 2, 3)))
    env = cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "vault", EVIDENCE_KIT_PASSPHRASE="pw pw pw",
                  HOME=home, LOGNAME=login, USER=login, USERNAME=login)
    return login, photo, env


def _add_capture(env, photo: Path) -> None:
    """EK-0002: a captured page (platform reports list only items with a web address)."""
    from evidence_kit.vault import Vault

    v = Vault.open(env["EVIDENCE_KIT_VAULT"], env["EVIDENCE_KIT_PASSPHRASE"])
    try:
        with v.new_item("capture", url="https://t.me/s/leaks/7", final_url="https://t.me/s/leaks/7",
                        title="post", http_status=200, metadata={}) as d:
            d.add_bytes("screenshot-full.png", photo.read_bytes(), role="screenshot_full",
                        media_type="image/png")
            d.seal()
    finally:
        v.close()


def _export_all(env, out: Path, *extra) -> dict[str, Path]:
    out.mkdir()
    made = {}
    for kind, name, ids in (("court", "court.pdf", ["EK-0001", "EK-0002"]),
                            ("platform", "platform.pdf", ["EK-0002"]),
                            ("bundle", "bundle.zip", ["EK-0001", "EK-0002"])):
        r = run_cli(["export", "--kind", kind, *ids, "--out", out / name, *extra], env)
        assert r.returncode == 0, r.stderr
        made[kind] = out / name
    with zipfile.ZipFile(made["bundle"]) as z:
        z.extractall(out / "bundle")
    return made


def test_no_login_name_nor_path_unless_asked(setting, tmp_path):
    login, photo, env = setting
    assert run_cli(["init"], env).returncode == 0          # no terminal: no name asked, none given
    assert run_cli(["import", photo], env).returncode == 0
    _add_capture(env, photo)
    shown = run_cli(["settings"], env).stdout
    assert "not given" in shown and login not in shown
    made = _export_all(env, tmp_path / "out")
    court, platform = _pdf_text(made["court"]), _pdf_text(made["platform"])
    for text in (court, platform):
        assert login not in text and "/Pictures" not in text
    assert "not given" in court                # the platform report names nobody: "Prepared on …"
    assert find_canary([tmp_path / "out"], login) == []        # manifest, log, VERIFY.txt, PDFs
    assert login not in _pdf_text(tmp_path / "out" / "bundle" / next(
        p.name for p in (tmp_path / "out" / "bundle").glob("court-dossier-*.pdf")))
    manifest = json.loads((tmp_path / "out" / "bundle" / "manifest.json").read_text("utf-8"))
    assert manifest["collector"] is None
    md = manifest["items"][0]["metadata"]
    assert "original_path" not in md and md["original_name"] == "screenshot.png"
    # the sealed item itself still knows where the file came from
    shown = json.loads(run_cli(["show", "EK-0001", "--json"], env).stdout)
    assert shown["metadata"]["original_path"] == str(photo.resolve())


def test_paths_only_when_asked_and_recorded(setting, tmp_path):
    login, photo, env = setting
    assert run_cli(["init", "--collector", "Нигина Р."], env).returncode == 0
    assert run_cli(["import", photo], env).returncode == 0
    _add_capture(env, photo)
    made = _export_all(env, tmp_path / "out", "--include-original-paths")
    court = _pdf_text(made["court"])
    assert "Нигина Р." in court and "not given" not in court
    assert str(photo.resolve()) in "".join(court.split())       # as recorded (lines joined)
    manifest = json.loads((tmp_path / "out" / "bundle" / "manifest.json").read_text("utf-8"))
    assert manifest["items"][0]["metadata"]["original_path"] == str(photo.resolve())
    assert manifest["collector"] == "Нигина Р."
    log = json.loads(run_cli(["log", "--json"], env).stdout)
    exports = [e for e in log if e["event"] == "exported"]
    assert len(exports) == 3 and all(e["details"].get("include_paths") is True for e in exports)


def test_russian_and_tajik_say_not_given(setting, tmp_path):
    login, photo, env = setting
    assert run_cli(["init"], env).returncode == 0
    assert run_cli(["import", photo], env).returncode == 0
    for lang, words in (("ru", "не указано"), ("tg", "нишон дода нашудааст")):
        out = tmp_path / f"c-{lang}.pdf"
        r = run_cli(["--lang", lang, "export", "--kind", "court", "EK-0001", "--out", out], env)
        assert r.returncode == 0, r.stderr
        assert words in _pdf_text(out).replace("\n", " ")
