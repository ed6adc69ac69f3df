"""Fixtures for the app's tests: offscreen Qt, a real vault in tmp_path, no thread left behind."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.conftest import FAST_KDF, PASSPHRASE  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def _translations_built():
    """The .qm files are built at setup; build them here too if they are missing."""
    ts = sorted((ROOT / "assets" / "i18n").glob("*.ts"))
    if any(not p.with_suffix(".qm").is_file() or p.with_suffix(".qm").stat().st_mtime < p.stat().st_mtime
           for p in ts):
        subprocess.run(["bash", str(ROOT / "scripts" / "build_translations.sh")], check=True,
                       capture_output=True)
    yield


def _live_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.is_alive()}


@pytest.fixture(autouse=True)
def no_thread_left(qapp):
    """Fail the test if it leaves any thread (a worker, the capture service, a QThread) running."""
    from PySide6.QtCore import QThreadPool

    before = _live_threads()
    yield
    deadline = time.monotonic() + 5
    while True:
        qapp.processEvents()
        extra = [t for t in _live_threads() - before if t.is_alive()]
        pool = QThreadPool.globalInstance().activeThreadCount()
        if not extra and not pool:
            break
        if time.monotonic() > deadline:
            pytest.fail(f"threads left running after the test: {[t.name for t in extra]}, "
                        f"Qt pool threads: {pool}")
        time.sleep(0.02)


@pytest.fixture
def app(qapp):
    from ui.app import prepare_app

    prepare_app(qapp, "en")
    yield qapp
    from ui import i18n

    i18n.set_language("en")


@pytest.fixture
def controller_factory(app, tmp_path):
    """controller_factory(vault_path=…, capture_backend=…) -> AppController (shut down after)."""
    from ui.app import AppController

    made = []

    def make(vault_path=None, **kw):
        kw.setdefault("kdf", FAST_KDF)
        kw.setdefault("capture_backend", None)
        kw.setdefault("quit_app", False)
        c = AppController(app, vault_path or tmp_path / "vault", **kw)
        made.append(c)
        return c

    yield make
    for c in made:
        c.shutdown()
    app.processEvents()


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person; QTest can only synthesise ASCII keys, so other letters are set directly."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.setText(widget.text() + text)


def create_through_dialogs(qtbot, controller, passphrase: str = PASSPHRASE, collector: str = ""):
    """Drive the first-run dialog as a person would; returns the recovery key shown."""
    from PySide6.QtCore import Qt

    controller.start()
    dlg = controller.screen
    qtbot.mouseClick(dlg.next_btn, Qt.MouseButton.LeftButton)
    assert dlg.pages.currentIndex() == 1
    type_text(qtbot, dlg.pass1, passphrase)
    type_text(qtbot, dlg.pass2, passphrase)
    if collector:
        type_text(qtbot, dlg.collector, collector)
    qtbot.mouseClick(dlg.create_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.pages.currentIndex() == 2, timeout=20000)
    key = dlg.recovery_key.text()
    assert not dlg.continue_btn.isEnabled()
    dlg.saved_box.setChecked(True)
    qtbot.mouseClick(dlg.continue_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=10000)
    return key


def unlock_through_dialog(qtbot, controller, secret: str = PASSPHRASE, recovery: bool = False):
    from PySide6.QtCore import Qt

    dlg = controller.screen
    if recovery:
        qtbot.mouseClick(dlg.mode_btn, Qt.MouseButton.LeftButton)
    type_text(qtbot, dlg.field, secret)
    qtbot.mouseClick(dlg.unlock_btn, Qt.MouseButton.LeftButton)
    return dlg


def select_title(main, title: str) -> None:
    """Choose, in the main window's table, the item with this title."""
    for r in range(main.proxy.rowCount()):
        if main.proxy.item(main.proxy.index(r, 0)).title == title:
            main.table.selectRow(r)
            return
    raise AssertionError(title)


def tiny_png(width=64, height=48, rgb=(200, 40, 40)) -> bytes:
    from tests.site.server import png

    return png(width, height, rgb)


@pytest.fixture
def fake_engine():
    """A capture engine without a browser: seals an item with a PNG 'screenshot' for each URL."""

    def engine_for(vault):
        def engine(url, case, options, progress, should_stop):
            progress("Opening the page…")
            if "fail" in url:
                from evidence_kit.errors import CaptureFailed

                raise CaptureFailed("error.capture_failed", url=url, reason="test")
            with vault.new_item("capture", case=case, url=url, final_url=url, title=f"Post {url}",
                                http_status=200, metadata={"engine": "fake"}) as d:
                d.add_bytes("screenshot.png", tiny_png(), role="screenshot", media_type="image/png")
                d.add_bytes("page.html", b"<html><body>post</body></html>", role="html",
                            media_type="text/html")
                return d.seal()
        return engine

    return engine_for
