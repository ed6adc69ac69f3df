"""Saving pages from links: the queue window, with a fake engine and with the real capture service."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.ui.conftest import create_through_dialogs
from ui.capture_queue import CANCELLED, FAILED, SEALED, find_links


def test_find_links_in_pasted_text():
    text = ("look: https://t.me/s/leaks/123, and https://www.instagram.com/p/AbC/?x=1.\n"
            "https://t.me/s/leaks/123 again; not a link: www.example.com (https://youtu.be/xyz)")
    assert find_links(text) == ["https://t.me/s/leaks/123", "https://www.instagram.com/p/AbC/?x=1",
                                "https://youtu.be/xyz"]


def _controller_with_fake(qtbot, controller_factory, tmp_path, fake_engine, gate=None):
    from ui.capture_backend import EngineBackend

    def factory(session):
        engine = fake_engine(session.vault)
        if gate is not None:
            def gated(url, case, options, progress, should_stop):
                while not gate["open"]:
                    if should_stop():
                        from ui.tasks import Cancelled

                        raise Cancelled()
                    __import__("time").sleep(0.01)
                return engine(url, case, options, progress, should_stop)
            return EngineBackend(gated)
        return EngineBackend(engine)

    c = controller_factory(tmp_path / "vault", capture_backend=factory)
    create_through_dialogs(qtbot, c)
    return c


def test_pasted_links_are_saved_one_by_one_with_failures_in_words(qtbot, controller_factory, tmp_path, fake_engine):
    c = _controller_with_fake(qtbot, controller_factory, tmp_path, fake_engine)
    c.main.open_capture()
    dlg = c.main.capture_dialog
    assert not dlg.account_row.isVisibleTo(dlg)        # no logged-in visits offered without support
    dlg.links.setPlainText("https://example.org/a\nhttps://example.org/fail-b\nhttps://example.org/c")
    qtbot.mouseClick(dlg.start_btn, Qt.MouseButton.LeftButton)
    q = c.queue
    qtbot.waitUntil(lambda: q.active() == 0 and len(q.model.jobs) == 3, timeout=20000)
    states = [j.state for j in q.model.jobs]
    assert states == [SEALED, FAILED, SEALED]
    failed = q.model.jobs[1]
    assert failed.detail and "Traceback" not in failed.detail
    assert q.model.index(0, 2).data().startswith("Saved as EK-")
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 2, timeout=5000)
    assert all(r == "Sealed" for r in (c.main.proxy.index(i, 4).data() for i in range(2)))
    # retry the failed one (it fails again the same way, and says so)
    dlg.table.selectRow(1)
    assert dlg.retry_btn.isEnabled()
    qtbot.mouseClick(dlg.retry_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: q.active() == 0 and failed.attempts == 2, timeout=20000)
    assert failed.state == FAILED


def test_a_text_file_of_links_can_be_dropped(qtbot, controller_factory, tmp_path, fake_engine):
    c = _controller_with_fake(qtbot, controller_factory, tmp_path, fake_engine)
    links = tmp_path / "links.txt"
    links.write_text("Ссылки:\nhttps://t.me/s/x/1\nhttps://t.me/s/x/2\n", "utf-8")
    c.main.open_capture()
    dlg = c.main.capture_dialog
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(links))])
    ev = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, md, Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier)
    dlg.dropEvent(ev)
    assert find_links(dlg.links.toPlainText()) == ["https://t.me/s/x/1", "https://t.me/s/x/2"]


def test_waiting_links_can_be_cancelled(qtbot, controller_factory, tmp_path, fake_engine):
    gate = {"open": False}
    c = _controller_with_fake(qtbot, controller_factory, tmp_path, fake_engine, gate=gate)
    c.main.open_capture([f"https://example.org/{i}" for i in range(4)])
    dlg = c.main.capture_dialog
    qtbot.mouseClick(dlg.start_btn, Qt.MouseButton.LeftButton)
    q = c.queue
    qtbot.waitUntil(lambda: q.model.jobs[0].state == "running", timeout=10000)
    qtbot.mouseClick(dlg.cancel_all_btn, Qt.MouseButton.LeftButton)
    gate["open"] = True
    qtbot.waitUntil(lambda: q.active() == 0, timeout=20000)
    assert [j.state for j in q.model.jobs[1:]] == [CANCELLED] * 3
    assert c.session.vault.item_count() <= 1


def test_quick_exit_during_a_capture_leaves_no_thread(qtbot, controller_factory, tmp_path, fake_engine):
    gate = {"open": False}
    c = _controller_with_fake(qtbot, controller_factory, tmp_path, fake_engine, gate=gate)
    c.main.open_capture(["https://example.org/1", "https://example.org/2"])
    qtbot.mouseClick(c.main.capture_dialog.start_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.queue.model.jobs[0].state == "running", timeout=10000)
    c.quick_exit()
    assert c.session is None and c.main is None


def test_a_browser_chosen_in_settings_that_is_gone_fails_the_link_in_words(qtbot, controller_factory, tmp_path):
    """The real backend, with Settings naming a browser that is no longer there: the link fails
    with words naming it (it once stayed "running" for ever: the error's words were lost)."""
    c = controller_factory(tmp_path / "vault", capture_backend=__import__(
        "ui.app", fromlist=["default_capture_backend"]).default_capture_backend)
    create_through_dialogs(qtbot, c)
    gone = str(tmp_path / "no-such-browser" / "chrome")
    c.session.vault.set_setting("browser", gone)
    c.main.open_capture(["http://127.0.0.1:9/post"])
    qtbot.mouseClick(c.main.capture_dialog.start_btn, Qt.MouseButton.LeftButton)
    q = c.queue
    qtbot.waitUntil(lambda: bool(q.model.jobs) and q.model.jobs[0].state == FAILED, timeout=20000)
    job = q.model.jobs[0]
    assert gone in job.detail and "Traceback" not in job.detail
    assert c.session.vault.items() == []
    c.lock()


@pytest.mark.browser
@pytest.mark.slow
def test_real_capture_of_a_local_page_appears_sealed(qtbot, controller_factory, tmp_path):
    from tests.site.server import serve

    c = controller_factory(tmp_path / "vault", capture_backend=__import__(
        "ui.app", fromlist=["default_capture_backend"]).default_capture_backend)
    create_through_dialogs(qtbot, c)
    with serve() as site:
        url = site.url("/post-short")
        c.main.open_capture([url])
        dlg = c.main.capture_dialog
        qtbot.mouseClick(dlg.start_btn, Qt.MouseButton.LeftButton)
        q = c.queue
        qtbot.waitUntil(lambda: q.active() == 0 and bool(q.model.jobs), timeout=180000)
        job = q.model.jobs[0]
        assert job.state == SEALED, job.detail
        qtbot.waitUntil(lambda: c.main.model.rowCount() == 1, timeout=5000)
        assert c.main.proxy.index(0, 4).data() == "Sealed"
        assert c.main.proxy.index(0, 2).data() == "127.0.0.1"
        item = c.session.vault.items()[0]
        assert item.status == "sealed" and item.url == url
        assert any(a.media_type.startswith("image/") for a in item.artifacts)
        c.lock()                              # stops the browser and the capture thread


@pytest.mark.browser
def test_a_page_being_saved_can_be_stopped_alone(qtbot, controller_factory, tmp_path):
    from tests.site.server import serve

    c = controller_factory(tmp_path / "vault", capture_backend=__import__(
        "ui.app", fromlist=["default_capture_backend"]).default_capture_backend)
    create_through_dialogs(qtbot, c)
    with serve() as site:
        c.main.open_capture([site.url("/never"), site.url("/post-short")])
        dlg = c.main.capture_dialog
        qtbot.mouseClick(dlg.start_btn, Qt.MouseButton.LeftButton)
        q = c.queue
        qtbot.waitUntil(lambda: q.model.jobs and q.model.jobs[0].state == "running", timeout=60000)
        q.cancel(q.model.jobs[0])
        qtbot.waitUntil(lambda: q.active() == 0, timeout=120000)
        assert [j.state for j in q.model.jobs] == ["cancelled", SEALED]
        assert [i.url for i in c.session.vault.items()] == [site.url("/post-short")]
        c.lock()
