"""`evidence-kit --vault DIR gui` opens DIR; without Qt's xcb libraries the command says which
packages to install instead of letting Qt abort."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.helpers import cli_env, run_cli


@pytest.mark.parametrize("where", ["before", "after"])
def test_gui_command_opens_the_vault_given_with_vault(app, tmp_path, monkeypatch, where):
    from PySide6.QtCore import QTimer

    from evidence_kit.cli.main import main
    from evidence_kit.vault import Vault
    from ui.safety import SafetyGuard
    from ui.unlock import UnlockDialog

    chosen = tmp_path / "the-vault-she-chose"
    Vault.create(chosen, PASSPHRASE, kdf=FAST_KDF)[0].close()
    monkeypatch.delenv("EVIDENCE_KIT_VAULT", raising=False)     # the default folder has no vault
    seen = {}

    def look_then_leave():
        seen["screens"] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen["paths"] = [str(w.path) for w in seen["screens"] if isinstance(w, UnlockDialog)]
        SafetyGuard.instance().request_quick_exit()

    QTimer.singleShot(300, look_then_leave)
    argv = ["--vault", str(chosen), "gui"] if where == "before" else ["gui", "--vault", str(chosen)]
    assert main(argv) == 0
    assert seen["paths"] == [str(chosen)], [type(w).__name__ for w in seen["screens"]]


def _fake_ldd(folder: Path, missing: list[str]) -> Path:
    folder.mkdir(exist_ok=True)
    lines = "".join(f"echo '\t{lib} => not found'\n" for lib in missing)
    ldd = folder / "ldd"
    ldd.write_text("#!/bin/sh\necho '\tlinux-vdso.so.1 (0x00007ffd)'\n" + lines)
    ldd.chmod(0o755)
    return folder


def test_missing_xcb_libraries_are_named_with_their_packages(tmp_path):
    """The dynamic loader's answer on a machine without libxcb-icccm4 and libxcb-keysyms1 (played
    by a stand-in ldd first on PATH), with a screen: words and exit 2, no Qt abort."""
    bin_dir = _fake_ldd(tmp_path / "bin", ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    env = cli_env(tmp_path, HOME=tmp_path / "home", DISPLAY=":77",
                  PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    for var in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY"):
        env.pop(var, None)
    r = run_cli(["gui"], env, timeout=60)
    assert r.returncode == 2, r.stderr
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in r.stderr
    assert "libxcb-icccm.so.4" in r.stderr and "Could not load the Qt platform plugin" not in r.stderr
    r = run_cli(["--lang", "ru", "gui"], env, timeout=60)
    assert r.returncode == 2 and "не хватает системных библиотек" in r.stderr


def test_the_check_finds_nothing_missing_where_qt_can_start(tmp_path):
    """With the real dynamic loader on this machine (setup.sh installed Qt's xcb libraries)."""
    from evidence_kit.cli.gui_check import missing_libraries, qt_screen_problem, xcb_plugin

    plugin = xcb_plugin()
    assert plugin is not None and plugin.is_file()
    assert missing_libraries(plugin) == []
    assert qt_screen_problem({"DISPLAY": ":0"}) is None
    assert qt_screen_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) is None
