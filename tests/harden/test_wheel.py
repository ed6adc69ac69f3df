"""Every install path has the Russian and Tajik of the app and of the command line and dossiers.
A wheel built from a clean copy of the tree (no .qm or .mo in it) carries compiled translations
of both kinds, and the program installed from it in a fresh virtual environment — far from this
source tree — loads the Tajik translator and prints Tajik messages. And the .qm files in this
tree are exactly what lrelease makes of the .ts files."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_backend"))

from evidence_kit_build import compile_translations, find_lrelease  # noqa: E402


def _tracked_copy(dst: Path) -> Path:
    """The files git tracks (what a fresh clone has), nothing built."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for rel in filter(None, files.decode().split("\0")):
        src = ROOT / rel
        if src.is_file():
            (dst / rel).parent.mkdir(parents=True, exist_ok=True)
            (dst / rel).write_bytes(src.read_bytes())
    return dst


@pytest.mark.slow
def test_installed_wheel_speaks_tajik(tmp_path):
    src = _tracked_copy(tmp_path / "src")
    assert not list((src / "assets" / "i18n").glob("*.qm"))
    assert not list((src / "evidence_kit" / "locale").rglob("*.mo"))
    dist = tmp_path / "dist"
    # no build isolation: the build requirements are this environment's (no network in tests)
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps",
                        "--no-index", "-q", "-w", str(dist), str(src)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-3000:]
    wheel = next(dist.glob("evidence_kit-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
    for lang in ("en", "ru", "tg"):
        assert f"assets/i18n/evidence_kit_{lang}.qm" in names
    for lang in ("ru", "tg"):
        assert f"evidence_kit/locale/{lang}/LC_MESSAGES/evidence_kit.mo" in names
    assert "assets/fonts/NotoSans-Regular.ttf" in names

    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    r = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
                        "--no-index", "-q", str(wheel)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-3000:]
    # the dependencies (PySide6, …) from this environment, appended after the fresh site-packages
    fresh_site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                capture_output=True, text=True, check=True).stdout.strip()
    Path(fresh_site, "zz-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    probe = textwrap.dedent("""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        import ui, evidence_kit.resources as res
        from ui import i18n
        print(ui.__file__)
        print(res.asset("fonts", "NotoSans-Regular.ttf").is_file())
        i18n.set_language("tg")
        print(QCoreApplication.translate("SettingsDialog", "Vault fingerprint"))
        print(QCoreApplication.translate("FirstRunDialog", "Welcome"))
        from evidence_kit import i18n as core
        print(core.tr("error.wrong_passphrase", "tg"))
        print(core.catalogue_path("tg", ".mo").is_file())
    """)
    r = subprocess.run([str(py), "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                       env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert r.returncode == 0, r.stderr[-3000:]
    where, font, fingerprint, welcome, message, mo = r.stdout.splitlines()[:6]
    assert where.startswith(str(venv)), where            # the installed copy, not this tree
    assert font == "True"
    assert fingerprint == "Изи хазина"
    assert welcome != "Welcome" and welcome.strip()
    assert message.startswith("Ин гузарвожа хазинаро намекушояд")    # the command line's words
    assert mo == "True"                                   # compiled, not read from a .po


def test_compiled_translations_match_their_sources(tmp_path):
    """A .qm missing or older than its .ts fails here; `bash scripts/build_translations.sh`
    (or any pip install) makes them again."""
    if find_lrelease() is None:
        pytest.fail("Qt's lrelease is missing: install PySide6 (pip install -e '.[test]').")
    copy = tmp_path / "assets" / "i18n"
    copy.mkdir(parents=True)
    for ts in (ROOT / "assets" / "i18n").glob("*.ts"):
        (copy / ts.name).write_bytes(ts.read_bytes())
    fresh = compile_translations(tmp_path)
    assert fresh
    for qm in fresh:
        built = ROOT / "assets" / "i18n" / qm.name
        assert built.is_file(), f"{built} is missing: run bash scripts/build_translations.sh"
        assert built.read_bytes() == qm.read_bytes(), \
            f"{built} does not match its .ts (stale): run bash scripts/build_translations.sh"
