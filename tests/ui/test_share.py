"""Handing a case over in the app: the key in Settings (QR code, Copy), "Send to my lawyer…" and
a .age file dropped on the window to receive it."""

from __future__ import annotations

import io
import json
import zipfile

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import create_through_dialogs, tiny_png


def _app_with_a_file(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c, collector="Lawyer")
    p = tmp_path / "screenshot.png"
    p.write_bytes(tiny_png(rgb=(10, 120, 200)))
    c.main.import_files([str(p)])
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 1 and not c.main._importing, timeout=20000)
    return c, p.read_bytes()


def _drop(widget, paths):
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    ev = QDropEvent(QPointF(widget.rect().center()), Qt.DropAction.CopyAction, md, Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(ev)
    return ev.isAccepted()


def test_settings_show_the_key_with_its_qr_code_and_copy(qtbot, controller_factory, tmp_path):
    from evidence_kit import identity

    c, _ = _app_with_a_file(qtbot, controller_factory, tmp_path)
    dlg = c.main.open_settings()
    box = dlg.identity
    qtbot.waitUntil(lambda: box.recipient != "", timeout=10000)
    assert box.recipient.startswith("age1") and box.key.text() == box.recipient
    assert identity.recipient(c.session.vault) == box.recipient         # kept in the vault
    pm = box.qr.pixmap()
    assert pm is not None and not pm.isNull() and pm.width() > 50
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(box.copy_btn, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == box.recipient
    assert "not secret" in box.hint.text()
    dlg.reject()
    # the same key the next time: made once
    dlg = c.main.open_settings()
    qtbot.waitUntil(lambda: dlg.identity.recipient != "", timeout=10000)
    assert dlg.identity.recipient == box.recipient
    made = [r for r in c.session.vault.custody_log() if r["entry"]["event"] == "identity_created"]
    assert len(made) == 1
    dlg.reject()


def test_send_to_my_lawyer_writes_a_file_only_her_key_opens(qtbot, controller_factory, tmp_path):
    import pyrage

    c, original = _app_with_a_file(qtbot, controller_factory, tmp_path)
    lawyer = pyrage.x25519.Identity.generate()
    c.main.table.selectAll()
    dlg = c.main.open_share()
    assert not dlg.send_btn.isEnabled()
    dlg.to.setText("age1notakey")
    assert not dlg.send_btn.isEnabled() and "not a lawyer's key" in dlg.to_shown.text()
    dlg.to.setText(str(lawyer.to_public()))
    assert not dlg.send_btn.isEnabled()            # not before she says she checked it
    dlg.confirm.setChecked(True)
    assert dlg.send_btn.isEnabled()
    assert c.session.vault.fingerprint[:4] in dlg.fingerprint.text()
    out = tmp_path / "for-lawyer.age"
    dlg.send(str(out))
    qtbot.waitUntil(lambda: dlg.result is not None or dlg.status.objectName() == "error", timeout=120000)
    assert dlg.result is not None, dlg.status.text()
    assert "only that lawyer" in dlg.intro.text() and "any messenger" in dlg.status.text()
    data = out.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n") and original not in data
    bundle = pyrage.decrypt(data, [lawyer])
    with zipfile.ZipFile(io.BytesIO(bundle)) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        path = manifest["items"][0]["artifacts"][0]["path"]
        assert zf.read(path) == original
    shared = [r["entry"] for r in c.session.vault.custody_log() if r["entry"]["event"] == "shared"]
    assert shared and shared[-1]["details"]["recipients"] == [str(lawyer.to_public())]
    dlg.reject()


def test_a_dropped_case_is_shown_then_received(qtbot, controller_factory, tmp_path):
    from evidence_kit import identity
    from evidence_kit.vault import Vault
    from export.share import share_items

    c, _ = _app_with_a_file(qtbot, controller_factory, tmp_path)
    got = []
    c.session.write(identity.ensure, on_done=got.append, items_changed=False)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    # a client's vault, elsewhere, sends her a case
    client, _ = Vault.create(tmp_path / "client", PASSPHRASE, kdf=FAST_KDF, collector="Client")
    with client.new_item("import", case="Client case", title="threat.txt", captured_at="2026-10-01T08:00:00Z") as d:
        d.add_bytes("threat.txt", "Таҳдид: суроғаат маълум аст".encode(), role="original", media_type="text/plain")
        d.seal()
    out = tmp_path / "from-client.age"
    share_items(client, out, case="Client case", recipients=[got[0]])
    client_fp = client.fingerprint
    client.close()

    from ui.share_view import ReceiveDialog

    assert _drop(c.main, [out])
    dlg = c.main.findChildren(ReceiveDialog)[-1]          # opened by the drop, not imported
    qtbot.waitUntil(lambda: dlg.receive_btn.isEnabled() or dlg.status.objectName() == "error", timeout=60000)
    assert dlg.receive_btn.isEnabled(), dlg.status.text()
    assert client_fp in dlg.sender.text() and "NOT confirmed" in dlg.sender.text()
    assert dlg.contents.count() == 1 and "threat.txt" in dlg.contents.item(0).text()
    assert c.main.model.rowCount() == 1                # nothing added before "Receive"
    qtbot.mouseClick(dlg.receive_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None or dlg.status.objectName() == "error", timeout=60000)
    assert dlg.result is not None, dlg.status.text()
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 2, timeout=10000)
    received = [i for i in c.session.vault.items() if i.title == "threat.txt"]
    assert len(received) == 1 and received[0].captured_at == "2026-10-01T08:00:00Z"
    assert c.session.vault.read_artifact(received[0].id, "threat.txt") == "Таҳдид: суроғаат маълум аст".encode()
    # the item says where it came from
    row = c.main.model.row_of(received[0].id)
    c.main.table.selectRow(c.main.proxy.mapFromSource(c.main.model.index(row, 0)).row())
    field = c.main.detail.f["received"]
    qtbot.waitUntil(lambda: client_fp in field.text(), timeout=10000)
    assert "sender not confirmed" in field.text()
    dlg.reject()


def test_a_case_opened_after_its_dialog_closed_is_not_left_open(qtbot, controller_factory, tmp_path):
    """Closing "Receive a case" while the file is still being checked: the checked share (its
    encrypted scratch copy) is closed when the check ends, and nothing is added."""
    from evidence_kit import identity
    from evidence_kit.vault import Vault
    from export.share import OpenedShare, share_items

    c, _ = _app_with_a_file(qtbot, controller_factory, tmp_path)
    got = []
    c.session.write(identity.ensure, on_done=got.append, items_changed=False)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    client, _ = Vault.create(tmp_path / "client", PASSPHRASE, kdf=FAST_KDF)
    with client.new_item("import", case="c", title="x.bin") as d:
        d.add_bytes("x.bin", b"x" * 1000, role="original")
        d.seal()
    out = tmp_path / "c.age"
    share_items(client, out, case="c", recipients=[got[0]])
    client.close()
    closed = []
    real_close = OpenedShare.close

    def close(self):
        closed.append(self)
        real_close(self)

    OpenedShare.close = close
    try:
        dlg = c.main.open_receive()
        dlg.path = str(out)
        dlg.open_file()
        dlg.reject()                       # closed before the check is done
        qtbot.waitUntil(lambda: len(closed) == 1, timeout=30000)
    finally:
        OpenedShare.close = real_close
    assert c.main.model.rowCount() == 1
