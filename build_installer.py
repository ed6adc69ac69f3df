"""Build a stand-alone Evidence Kit for this operating system (Windows, macOS or Linux).

    python build_installer.py            # build dist/EvidenceKit-<version>-<os>-<arch>.(zip|tar.gz)
    python build_installer.py --check    # only check that everything needed is there

The result is a folder with two programs — `EvidenceKit` (the app) and `evidence-kit` (the
command line) — and the bundled assets (fonts with their licences, icons, translations), packed
into one archive with a `.sha256` file beside it so that whoever passes it on can check it.

No browser is bundled: Evidence Kit uses the Chrome, Chromium or Edge already on the computer
(and says how to install one if none is found). PyInstaller is used to freeze Python; it is a
build tool only, installed with `pip install pyinstaller` (this script offers to do it).
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from evidence_kit import __version__  # noqa: E402

APP_NAME = "EvidenceKit"
# Large Qt parts the app does not use (it never shows web pages inside itself).
EXCLUDES = ["PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
            "PySide6.Qt3DCore", "PySide6.QtQuick3D", "PySide6.QtMultimedia", "PySide6.QtCharts",
            "PySide6.QtDataVisualization", "PySide6.QtBluetooth", "PySide6.QtQml", "PySide6.QtQuick",
            "tkinter", "pytest", "pytestqt"]
HIDDEN = ["capture", "export", "ui", "ui.app", "evidence_kit.cli.main", "evidence_kit.i18n.english", "warcio", "filetype",
          "reportlab.graphics.barcode"]


def os_tag() -> str:
    system = {"Darwin": "macos", "Windows": "windows"}.get(platform.system(), platform.system().lower())
    return f"{system}-{platform.machine().lower()}"


def check() -> list[str]:
    missing = []
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        missing.append("PyInstaller (pip install pyinstaller)")
    for mod in ("PySide6", "playwright", "cryptography", "reportlab", "warcio", "PIL", "platformdirs"):
        try:
            __import__(mod)
        except ImportError:
            missing.append(f"{mod} (pip install -e .)")
    if not (ROOT / "ui" / "app.py").is_file():
        missing.append("the desktop app (ui/app.py)")
    for font in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        if not (ROOT / "assets" / "fonts" / font).is_file():
            missing.append(f"assets/fonts/{font}")
    return missing


def launcher(work: Path, name: str, body: str) -> Path:
    path = work / f"{name}.py"
    path.write_text(body, "utf-8")
    return path


def build(work: Path, dist: Path) -> Path:
    import PyInstaller.__main__ as pyi

    sep = ";" if platform.system() == "Windows" else ":"
    # the translations, compiled from their sources as every wheel's are (fails loudly: a frozen
    # app without them would be English-only): the app's .ts, the catalogues' .po
    sys.path.insert(0, str(ROOT / "build_backend"))
    from evidence_kit_build import compile_catalogues, compile_translations

    compile_translations(ROOT)
    catalogues = [f"--add-data={mo}{sep}{mo.parent.relative_to(ROOT)}" for mo in compile_catalogues(ROOT)]
    gui = launcher(work, APP_NAME, "import sys\nfrom ui.app import main\nsys.exit(main(sys.argv[1:]))\n")
    cli = launcher(work, "evidence-kit", "import sys\nfrom evidence_kit.cli.main import main\nsys.exit(main())\n")
    common = ["--noconfirm", "--clean", "--onedir", f"--workpath={work / 'build'}",
              f"--specpath={work}", f"--distpath={work / 'out'}", f"--paths={ROOT}",
              f"--add-data={ROOT / 'assets'}{sep}assets", "--collect-data=playwright",
              "--collect-binaries=playwright", "--collect-data=reportlab", *catalogues]
    for m in EXCLUDES:
        common.append(f"--exclude-module={m}")
    for m in HIDDEN:
        common.append(f"--hidden-import={m}")
    # the command line finds its commands by name (evidence_kit/cli/main.py FEATURE_COMMANDS), and
    # the court dossier its sections (export/court/hooks.py): imports PyInstaller cannot follow
    for package in ("evidence_kit", "capture", "export", "ui"):
        common.append(f"--collect-submodules={package}")
    icon = ROOT / "assets" / "icons" / ("app.ico" if platform.system() == "Windows" else "app.png")
    gui_args = [str(gui), f"--name={APP_NAME}", "--windowed", *common]
    if icon.is_file():
        gui_args.append(f"--icon={icon}")
    pyi.run(gui_args)
    pyi.run([str(cli), "--name=evidence-kit", "--console", *common])
    # one folder holding both programs (their shared libraries are identical)
    folder = work / "out" / APP_NAME
    cli_dir = work / "out" / "evidence-kit"
    for p in cli_dir.iterdir():
        target = folder / p.name
        if not target.exists():
            shutil.move(str(p), target)
    shutil.copy(ROOT / "README.md", folder / "README.md")
    dist.mkdir(parents=True, exist_ok=True)
    base = f"{APP_NAME}-{__version__}-{os_tag()}"
    if platform.system() == "Linux":
        archive = dist / f"{base}.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(folder, arcname=base)
    else:
        archive = dist / f"{base}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
            for p in sorted(folder.rglob("*")):
                z.write(p, Path(base) / p.relative_to(folder))
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    (archive.parent / (archive.name + ".sha256")).write_text(f"{digest}  {archive.name}\n")
    return archive


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check that everything needed is there")
    ap.add_argument("--install-tools", action="store_true", help="pip install PyInstaller if missing")
    ap.add_argument("--dist", default=str(ROOT / "dist"), help="where to put the archive")
    args = ap.parse_args()
    missing = check()
    if missing and args.install_tools and any(m.startswith("PyInstaller") for m in missing):
        subprocess.run([sys.executable, "-m", "pip", "install", "pyinstaller"], check=True)
        missing = check()
    if missing:
        print("Cannot build yet; missing:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 2
    if args.check:
        print("Everything needed to build is present.")
        return 0
    work = ROOT / "build" / "installer"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    archive = build(work, Path(args.dist))
    print(f"Built {archive} ({archive.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
