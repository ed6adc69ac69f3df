"""Adding a photo that is already sealed inside an imported chat: the app says where it is held."""

from __future__ import annotations

from evidence_kit.importer import import_paths
from tests.chats import fixtures as fx
from tests.chats.test_photo_in_chat import PHOTO
from tests.ui.conftest import create_through_dialogs


def test_the_app_says_it_too(qtbot, controller_factory, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    folder = fx.telegram_single(tmp_path / "export")
    chat = import_paths(c.session.vault, [folder], tz="Asia/Dushanbe").items[0]
    photo = tmp_path / "from-my-phone.jpg"
    photo.write_bytes((folder / "photos" / "photo_1@20-11-2026_15-10-05.jpg").read_bytes())
    c.main.import_files([str(photo)])
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert f"the chat «Anvar» ({chat.exhibit}, file {PHOTO})" in shown[0]
    qtbot.waitUntil(lambda: not c.main._importing, timeout=20000)
