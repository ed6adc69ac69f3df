"""Settings that other parts of the app act on: the browser and the time limit reach the capture
service; a browser path that is not there is refused in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import create_through_dialogs

pytest.importorskip("capture")


def _fake_browser(path):
    path.write_text("#!/bin/sh\nexit 1\n")
    path.chmod(0o755)
    return path


def _save_settings(qtbot, c, **values):
    dlg = c.main.open_settings()
    if "browser" in values:
        dlg.browser.setText(values["browser"])
    if "timeout" in values:
        dlg.timeout.setValue(values["timeout"])
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    return dlg


def test_browser_and_time_limit_from_settings_reach_the_capture_service(qtbot, controller_factory, tmp_path,
                                                                         monkeypatch):
    from ui.app import default_capture_backend

    chosen = _fake_browser(tmp_path / "my-chrome")
    from_env = _fake_browser(tmp_path / "env-chrome")
    monkeypatch.setenv("EVIDENCE_KIT_BROWSER", str(from_env))
    c = controller_factory(tmp_path / "vault", capture_backend=default_capture_backend)
    create_through_dialogs(qtbot, c)

    _save_settings(qtbot, c, browser=str(chosen), timeout=45)
    qtbot.waitUntil(lambda: c.session.vault.settings().get("capture_timeout_seconds") == 45, timeout=10000)
    assert c.session.vault.settings()["browser"] == str(chosen)
    qtbot.waitUntil(lambda: c.backend._stale, timeout=5000)
    service = c.backend._ensure()
    # the person's choice wins over the environment variable and over browsers on the system
    assert service.browser_info.path == str(chosen)
    assert service.options.total_timeout == 45
    assert service.options.first_response_timeout <= 45 and service.options.load_timeout <= 45

    # a later change takes effect for the next capture: a new service with the new values
    _save_settings(qtbot, c, browser="", timeout=120)
    qtbot.waitUntil(lambda: c.session.vault.settings().get("capture_timeout_seconds") == 120, timeout=10000)
    qtbot.waitUntil(lambda: c.backend._stale, timeout=5000)
    again = c.backend._ensure()
    assert again is not service
    assert again.options.total_timeout == 120
    assert again.browser_info.path == str(from_env)      # nothing chosen: found as before


def test_a_browser_path_that_is_not_there_is_refused_in_words(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    missing = tmp_path / "no-such-browser"
    dlg = _save_settings(qtbot, c, browser=str(missing), timeout=70)
    assert dlg.error.isVisibleTo(dlg)
    assert str(missing) in dlg.error.text() and "leave the field empty" in dlg.error.text()
    assert dlg.save_btn.isEnabled()
    # nothing was saved: not the path, not the other fields
    qtbot.wait(200)
    assert not c.session.vault.settings().get("browser")
    assert c.session.vault.settings().get("capture_timeout_seconds") != 70
    # in the person's language
    from ui import i18n

    i18n.set_language("tg")
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    assert "ёфт нашуд" in dlg.error.text() and str(missing) in dlg.error.text()
    dlg.reject()


def test_neutral_title_from_settings_changes_the_open_window_at_once(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    assert c.main.windowTitle() == "Evidence Kit"
    help_window = c.main.open_help()            # a window of the app that is already open
    from ui import style

    def picture(icon):
        return icon.pixmap(32, 32).toImage()

    neutral_icon, usual_icon = picture(style.app_icon(True)), picture(style.app_icon(False))
    assert not neutral_icon.isNull() and neutral_icon != usual_icon
    assert picture(help_window.windowIcon()) == usual_icon
    dlg = c.main.open_settings()
    dlg.neutral.setChecked(True)
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.main.windowTitle() == "Notes", timeout=10000)
    assert picture(c.main.windowIcon()) == neutral_icon
    assert picture(help_window.windowIcon()) == neutral_icon
    c.lock()
    assert c.screen.windowTitle() == "Notes"
