"""Trusted time in the app: a sealed item is stamped in the background, pending while no
time-stamping service answers; the details say which; Settings edits the list of services."""

from __future__ import annotations

from PySide6.QtCore import Qt

from evidence_kit import timestamps
from tests.conftest import OFFLINE_TSA
from tests.trust.tsa import TestTSA
from tests.ui.conftest import create_through_dialogs, tiny_png


def _import_one(qtbot, c, tmp_path):
    p = tmp_path / "shot.png"
    p.write_bytes(tiny_png(rgb=(10, 120, 200)))
    c.main.import_files([str(p)])
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 1 and not c.main._importing, timeout=10000)
    c.main.table.selectRow(0)


def test_pending_then_stamped_in_the_background(qtbot, controller_factory, tmp_path, monkeypatch):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    stamper = c.main.stamper
    _import_one(qtbot, c, tmp_path)
    rounds = stamper.rounds
    qtbot.waitUntil(lambda: stamper.rounds > rounds, timeout=15000)      # nothing listens: pending
    assert stamper.last_report.pending and not stamper.last_report.stamped
    detail = c.main.detail
    qtbot.waitUntil(lambda: detail.f["trusted"].text().startswith("pending"), timeout=5000)
    with TestTSA(tmp_path / "tsa") as tsa:
        monkeypatch.setenv("EVIDENCE_KIT_TSA", tsa.url)
        monkeypatch.setenv("EVIDENCE_KIT_TSA_CA", str(tsa.ca_pem))     # her organisation's root, trusted
        stamper.run_now()                 # what the 5-minute retry does
        qtbot.waitUntil(lambda: bool(c.session.vault.items()[0].stamps), timeout=15000)
        c.main.table.selectRow(0)
        qtbot.waitUntil(lambda: " by 127.0.0.1" in detail.f["trusted"].text(), timeout=10000)
        assert detail.f["trusted"].text().endswith("Z by 127.0.0.1")
    assert c.session.vault.verify().ok


def test_a_token_from_an_untrusted_root_is_not_called_trusted_time(qtbot, controller_factory, tmp_path,
                                                                   monkeypatch):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    with TestTSA(tmp_path / "tsa") as tsa:          # nothing trusts its root: a forger's, as far as we know
        monkeypatch.setenv("EVIDENCE_KIT_TSA", tsa.url)
        stamper = c.main.stamper
        rounds = stamper.rounds
        _import_one(qtbot, c, tmp_path)
        qtbot.waitUntil(lambda: stamper.rounds > rounds and bool(c.session.vault.items()[0].stamps), timeout=15000)
        assert stamper.last_report.pending and not stamper.last_report.stamped
    detail = c.main.detail
    c.main.table.selectRow(0)
    detail.show_item(c.session.vault.items()[0])
    qtbot.waitUntil(lambda: "NOT trusted time" in detail.f["trusted"].text(), timeout=10000)
    text = detail.f["trusted"].text()
    assert " by 127.0.0.1: NOT trusted time" in text and text.splitlines()[-1].startswith("pending")


def test_settings_edit_the_services_and_refuse_a_bad_address(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    dlg = c.main.open_settings()
    assert dlg.tsa.toPlainText().splitlines() == list(timestamps.DEFAULT_TSAS)
    assert "SHA-256 hash" in dlg.tsa_hint.text()
    dlg.tsa.setPlainText("ftp://nowhere/x")
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    assert dlg.error.isVisible() and "time-stamping service" in dlg.error.text()
    dlg.tsa.setPlainText(f"{OFFLINE_TSA}\nhttp://127.0.0.1:9/second\n")
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.session.vault.settings().get("tsa") == [OFFLINE_TSA, "http://127.0.0.1:9/second"],
                    timeout=10000)
