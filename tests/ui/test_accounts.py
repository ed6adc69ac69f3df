"""Proxies and login sessions in the app: the proxy in Settings (with the sentence about Tor),
Settings → Accounts for captures, and the capture window's choice of account, with the warning
shown."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import create_through_dialogs

pytest.importorskip("capture")

COOKIES = "127.0.0.1\tFALSE\t/\tFALSE\t0\tsid\t{value}\n"


@pytest.fixture
def site():
    from tests.site.server import serve

    with serve() as s:
        yield s


def test_the_proxy_is_set_in_settings_with_words_about_tor_and_reaches_captures(qtbot, controller_factory,
                                                                               tmp_path, monkeypatch):
    from ui import i18n
    from ui.app import default_capture_backend

    monkeypatch.delenv("EVIDENCE_KIT_PROXY", raising=False)
    c = controller_factory(tmp_path / "vault", capture_backend=default_capture_backend)
    create_through_dialogs(qtbot, c)
    dlg = c.main.open_settings()
    assert "Tor" in dlg.proxy_hint.text() and "hides your internet address" in dlg.proxy_hint.text()
    dlg.proxy.setText("gopher://proxy:70")
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    assert dlg.error.isVisibleTo(dlg) and "gopher://proxy:70" in dlg.error.text()
    i18n.set_language("tg")
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    assert "прокси" in dlg.error.text()
    qtbot.waitUntil(lambda: "суроғаи интернетии шуморо" in dlg.proxy_hint.text(), timeout=5000)
    assert dlg.tor_btn.text() == "Tor-ро истифода бурдан"
    i18n.set_language("en")
    qtbot.mouseClick(dlg.tor_btn, Qt.MouseButton.LeftButton)
    assert dlg.proxy.text() == "socks5://127.0.0.1:9050"
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.session.vault.settings().get("proxy") == "socks5://127.0.0.1:9050", timeout=10000)
    qtbot.waitUntil(lambda: c.backend._stale, timeout=5000)
    service = c.backend._ensure()
    assert service.options.route.record() == {"scheme": "socks5", "host": "127.0.0.1", "port": 9050}


def _accounts(qtbot, c):
    settings = c.main.open_settings()
    dlg = settings.open_accounts()
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=5000)      # "no accounts yet"
    return settings, dlg


def test_accounts_are_added_from_a_cookies_file_listed_and_removed(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    settings, dlg = _accounts(qtbot, c)
    assert dlg.names() == []
    cookies = tmp_path / "cookies.txt"
    secret = "uiCookie" + os.urandom(4).hex()
    cookies.write_text(COOKIES.format(value=secret), "utf-8")
    dlg.add_from_file(str(cookies))                 # no name yet: refused in words
    assert "name" in dlg.status.text()
    dlg.name.setText("research")
    dlg.add_from_file(str(cookies))
    qtbot.waitUntil(lambda: dlg.names() == ["research"], timeout=10000)
    assert "127.0.0.1" in dlg.list.item(0).text() and secret not in dlg.list.item(0).text()
    assert str(cookies) in dlg.status.text()        # advice: delete the plain-text file
    dlg.name.setText("research")
    dlg.add_from_file(str(cookies))
    assert "already saved" in dlg.status.text()
    events = [r["entry"]["event"] for r in c.session.vault.custody_log()]
    assert events[-1] == "session_added"
    dlg.remove("research")
    qtbot.waitUntil(lambda: dlg.names() == [], timeout=10000)
    assert [r["entry"]["event"] for r in c.session.vault.custody_log()][-1] == "session_removed"
    dlg.close()
    settings.close()


@pytest.mark.browser
def test_an_account_from_a_login_window_is_used_by_a_capture_after_the_warning(qtbot, controller_factory,
                                                                             tmp_path, monkeypatch, site):
    from tests.site import pages_capture_core as CC
    from ui.app import default_capture_backend
    from ui.capture_queue import SEALED

    monkeypatch.delenv("EVIDENCE_KIT_PROXY", raising=False)
    c = controller_factory(tmp_path / "vault", capture_backend=default_capture_backend)
    create_through_dialogs(qtbot, c)
    settings, dlg = _accounts(qtbot, c)
    dlg.name.setText("window login")
    dlg.url.setText(site.url("/cc/login"))

    async def log_in(page):              # what she does in the window
        await page.fill("#sid", "from-window")
        await page.fill("#pw", "password")
        await page.click("#go")
        await page.wait_for_selector("#done")

    dlg.log_in(drive=log_in, headless=True)
    assert dlg.done_btn.isVisibleTo(dlg) and not dlg.close_btn.isEnabled()
    qtbot.waitUntil(lambda: dlg.names() == ["window login"], timeout=60000)
    assert not dlg.done_btn.isVisibleTo(dlg) and "wiped" in dlg.status.text()
    dlg.close()
    settings.close()

    shown = []

    def warning(parent, title, text, *a, **k):
        shown.append(text)
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    c.main.open_capture()
    cap = c.main.capture_dialog
    assert cap.account_row.isVisibleTo(cap)
    assert [cap.account.itemData(i) for i in range(cap.account.count())] == [None, "window login"]
    cap.account.setCurrentIndex(1)
    cap.account.activated.emit(1)
    assert shown and "separate account" in shown[0] and "banned" in shown[0]
    cap.links.setPlainText(site.url("/cc/whoami"))
    qtbot.mouseClick(cap.start_btn, Qt.MouseButton.LeftButton)
    q = c.queue
    qtbot.waitUntil(lambda: q.model.jobs and q.model.jobs[0].state == SEALED, timeout=120000)
    item = c.session.vault.get(q.model.jobs[0].item.id)
    assert item.metadata["session"] == {"name": "window login"}
    assert f"Signed in as {CC.USER}" in c.session.vault.read_artifact(item.id, "page.txt").decode()
    # saying no keeps the pages logged out
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    cap.account.setCurrentIndex(1)
    cap.account.activated.emit(1)
    assert cap.account.currentData() is None
    cap.close()
