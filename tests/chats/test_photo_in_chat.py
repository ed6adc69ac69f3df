"""Adding a photo that is already sealed inside an imported chat says where it is held (which
chat, which exhibit, which file), as a second copy of a chat export does: on the command line and
in the import's own result, in English, Russian and Tajik (the app: tests/ui/test_import_held.py)."""

from __future__ import annotations

import pytest

from evidence_kit.i18n import tr
from evidence_kit.importer import import_paths
from tests.chats import fixtures as fx
from tests.conftest import PASSPHRASE

PHOTO = "photos_photo_1@20-11-2026_15-10-05.jpg"      # the photo's file in the chat item


@pytest.fixture
def chat_and_photo(vault, tmp_path):
    folder = fx.telegram_single(tmp_path / "export")
    chat = import_paths(vault, [folder], tz="Asia/Dushanbe").items[0]
    photo = tmp_path / "from-my-phone.jpg"                       # the same picture, saved elsewhere
    photo.write_bytes((folder / "photos" / "photo_1@20-11-2026_15-10-05.jpg").read_bytes())
    return vault, chat, photo


def test_import_says_the_photo_is_already_in_a_chat(chat_and_photo, tmp_path):
    vault, chat, photo = chat_and_photo
    res = import_paths(vault, [photo])
    [item] = res.items
    assert ("import.held_in_chat", {"name": "from-my-phone.jpg", "exhibit": chat.exhibit, "file": PHOTO,
                                    "new": item.exhibit, "chat": "Anvar"}) in res.notes
    key, params = res.notes[0]
    words = {lang: tr(key, lang, **params) for lang in ("en", "ru", "tg")}
    assert words["en"] == (f"from-my-phone.jpg was already in the vault: the same file was sent in the chat "
                           f"«Anvar» ({chat.exhibit}, file {PHOTO}). It was added again as {item.exhibit}.")
    assert all(chat.exhibit in w and "Anvar" in w and "import." not in w for w in words.values())
    assert len(set(words.values())) == 3
    # a file nobody has seen before: no word
    other = tmp_path / "new.jpg"
    other.write_bytes(fx.picture((0, 90, 0)))
    assert import_paths(vault, [other]).notes == []


def test_the_command_line_says_it_too(chat_and_photo, monkeypatch, capsys):
    from evidence_kit.cli.main import main

    vault, chat, photo = chat_and_photo
    vault.close()
    monkeypatch.setenv("EVIDENCE_KIT_PASSPHRASE", PASSPHRASE)
    assert main(["import", "--vault", str(vault.path), str(photo), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert f"the same file was sent in the chat «Anvar» ({chat.exhibit}, file {PHOTO})" in err
