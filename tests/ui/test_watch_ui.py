"""The app's "Watched pages" and "Photos to look for": runs while the app is open, the history in
words, her photo found again and announced, the match side by side and blurred, her photos kept out
of the evidence table, and older items fingerprinted in the background."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from evidence_kit import perceptual
from evidence_kit import watches as W
from evidence_kit.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.site import pages_watch as pw
from tests.ui.conftest import create_through_dialogs, unlock_through_dialog

URL = "https://example.org/leak-feed"


def _pages_engine(pages):
    """A capture engine without a browser: the n-th capture of an address seals pages[n]."""
    seen: Counter = Counter()

    def engine_for(vault):
        def engine(url, case, options, progress, should_stop):
            text, media, status = pages[min(seen[url], len(pages) - 1)]
            seen[url] += 1
            with vault.new_item("capture", case=case, url=url, final_url=url, title="Leak feed",
                                http_status=status) as d:
                d.add_bytes("page.txt", text.encode(), role="text", media_type="text/plain; charset=utf-8")
                for name, data in media.items():
                    d.add_bytes(name, data, role="media", media_type="image/jpeg")
                return d.seal()
        return engine
    return engine_for


PAGES = [("Leak feed\nPost 1", {"a.jpg": pw.unrelated_bytes(101)}, 200),
         ("Leak feed\nPost 1\nPost 2: the photo again", {"a.jpg": pw.unrelated_bytes(101),
                                                         "b.jpg": pw.copy_bytes()}, 200),
         ("deleted", {}, 404)]


def _controller(qtbot, controller_factory, tmp_path, pages=PAGES, create=True):
    from ui.capture_backend import EngineBackend

    engine_for = _pages_engine(pages)
    c = controller_factory(tmp_path / "vault", capture_backend=lambda s: EngineBackend(engine_for(s.vault)))
    if create:
        create_through_dialogs(qtbot, c)
    return c


def _runs(c, url=URL):
    w = W.find_watch(c.session.vault, url)
    return w["runs"] if w else []


def test_a_watched_page_is_saved_while_the_app_is_open_with_its_history(qtbot, controller_factory, tmp_path,
                                                                        monkeypatch):
    c = _controller(qtbot, controller_factory, tmp_path)
    dlg = c.main.open_watches()
    dlg.url.setText(URL)
    dlg.every.setCurrentIndex(dlg.every.findData(3600))
    qtbot.mouseClick(dlg.add_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_runs(c)) == 1, timeout=20000)       # saved at once
    assert W.find_watch(c.session.vault, URL)["every_s"] == 3600
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1 and dlg.table.item(0, 3).text() == "first run", timeout=5000)
    dlg.table.selectRow(0)
    qtbot.mouseClick(dlg.run_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_runs(c)) == 2, timeout=20000)
    qtbot.mouseClick(dlg.run_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_runs(c)) == 3, timeout=20000)
    assert [r["change"] for r in _runs(c)] == ["first", "changed", "gone"]
    qtbot.waitUntil(lambda: dlg.history.rowCount() == 3, timeout=5000)
    newest = [dlg.history.item(0, c_).text() for c_ in range(4)]
    assert newest[2] == "404" and newest[3].startswith("gone (removed or not found)")
    assert dlg.history.item(1, 3).text().startswith("changed: ") and "1 photo or video added" in dlg.history.item(1, 3).text()
    # every run went through the capture queue, where a person sees them
    assert len(c.queue.model.jobs) == 3
    # stop watching: the saved runs stay
    dlg.table.selectRow(0)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dlg.remove_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 0, timeout=10000)
    assert len(W.find_watch(c.session.vault, URL, removed=True)["runs"]) == 3


def test_watches_that_are_due_run_when_the_app_opens(qtbot, controller_factory, tmp_path):
    v, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    W.add_watch(v, URL, every_s=3600, case="Case W")
    v.close()
    c = _controller(qtbot, controller_factory, tmp_path, create=False)
    c.start()
    unlock_through_dialog(qtbot, c)
    qtbot.waitUntil(lambda: c.main is not None and len(_runs(c)) == 1, timeout=20000)
    item = c.session.vault.get(_runs(c)[0]["item"])
    assert item.case == "Case W" and _runs(c)[0]["change"] == "first"
    c.main.watch_runner.check_due()                  # not due again for an hour
    assert c.queue.active() == 0 and len(c.queue.model.jobs) == 1


def test_her_photo_found_by_a_watch_is_announced_and_shown_side_by_side_blurred(qtbot, controller_factory, tmp_path):
    ref_file = tmp_path / "me.jpg"
    ref_file.write_bytes(pw.reference_bytes())
    c = _controller(qtbot, controller_factory, tmp_path)
    refs = c.main.open_references()
    refs.add_files([str(ref_file)])
    qtbot.waitUntil(lambda: refs.table.rowCount() == 1, timeout=20000)
    assert "me.jpg" in refs.table.item(0, 0).text()
    c.main.reload()
    assert c.main.proxy.rowCount() == 0, "her photo is not among the evidence"
    refs.table.selectRow(0)
    qtbot.waitUntil(lambda: refs.viewer.current() is not None, timeout=20000)
    assert not refs.viewer.revealed
    # a watched page: the first run has no copy, the second has it
    W.add_watch(c.session.vault, URL, every_s=3600)
    c.main.watch_runner.check_due()
    qtbot.waitUntil(lambda: len(_runs(c)) == 1, timeout=20000)
    assert getattr(c.main, "last_announcement", None) is None
    c.main.watch_runner.run([W.find_watch(c.session.vault, URL)])
    qtbot.waitUntil(lambda: getattr(c.main, "last_announcement", None) is not None, timeout=20000)
    box = c.main.last_announcement
    run_item = _runs(c)[1]["item"]
    exhibit = c.session.vault.get(run_item).exhibit
    assert exhibit in box.text() and "b.jpg" in box.text()
    # the item is marked in the table
    qtbot.waitUntil(lambda: c.main.model.is_marked(run_item) and c.main.model.row_of(run_item) >= 0,
                    timeout=20000)
    row = c.main.model.row_of(run_item)
    idx = c.main.proxy.mapFromSource(c.main.model.index(row, 1))
    assert "matches a photo you are looking for" in idx.data(Qt.ItemDataRole.ToolTipRole)
    c.main.table.setCurrentIndex(idx)
    assert c.main.match_btn.isVisibleTo(c.main)
    side = next(b for b in box.buttons() if b.text() == "Show side by side")
    side.click()
    dlg = c.main.last_match_dialog
    qtbot.waitUntil(lambda: dlg.found.current() is not None and dlg.reference.current() is not None, timeout=20000)
    assert not dlg.found.revealed and not dlg.reference.revealed
    assert dlg.found.current().item_id == run_item and dlg.found.current().name == "b.jpg"
    qtbot.mouseClick(dlg.found.reveal_btn, Qt.MouseButton.LeftButton)
    assert dlg.found.revealed and not dlg.reference.revealed
    log = lambda: [r["entry"]["event"] for r in c.session.vault.custody_log(run_item)]  # noqa: E731
    qtbot.waitUntil(lambda: "artifact_revealed" in log(), timeout=10000)
    # the references window lists where it was found
    refs.reload()
    qtbot.waitUntil(lambda: refs.found.rowCount() == 1, timeout=10000)
    assert refs.found.item(0, 0).text() == exhibit and refs.table.item(0, 2).text() == "1"


def test_items_sealed_before_this_version_are_fingerprinted_in_the_background(qtbot, controller_factory,
                                                                              tmp_path, monkeypatch):
    v, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    monkeypatch.setattr(perceptual, "after_seal", lambda vault, item: None)   # an older version
    from evidence_kit.references import add_reference

    (tmp_path / "me.jpg").write_bytes(pw.reference_bytes())
    add_reference(v, tmp_path / "me.jpg")
    with v.new_item("import", title="old.jpg") as d:
        d.add_bytes("old.jpg", pw.copy_bytes(), role="original", media_type="image/jpeg")
        old = d.seal()
    v.close()
    monkeypatch.undo()
    assert (tmp_path / "vault" / "cache").exists() is False
    c = _controller(qtbot, controller_factory, tmp_path, create=False)
    c.start()
    unlock_through_dialog(qtbot, c)
    qtbot.waitUntil(lambda: c.main is not None and c.main.model.is_marked(old.id), timeout=30000)
    assert perceptual.missing(c.session.vault) == []
