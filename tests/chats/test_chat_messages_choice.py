"""A chat with marked messages: the dossier shows only those, or every message when she chooses
so (the export dialog's choice, `--chat-messages all`); the number of entries is always stated."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from evidence_kit.chats import mark
from evidence_kit.errors import BadInput
from evidence_kit.importer import import_paths
from export import export_items
from tests.chats import fixtures as fx

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def flat(path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


@pytest.fixture
def marked_chat(vault, tmp_path):
    item = import_paths(vault, [fx.telegram_single(tmp_path / "tg")], case="Дело", tz="Asia/Dushanbe").items[0]
    mark(vault, item.id, [2])
    return vault, item


def test_only_the_marked_or_every_message_with_the_total(marked_chat, tmp_path):
    vault, item = marked_chat
    marked = flat(export_items(vault, "court", tmp_path / "m.pdf", [item.id], lang="en").path)
    assert "Shown: the 1 message the collector marked as an exhibit (entries in the chat: 9" in marked
    assert fx.THREAT_RU not in marked                        # message 4, not marked: left out
    every = export_items(vault, "court", tmp_path / "a.pdf", [item.id], lang="en", chat_messages="all")
    text = flat(every.path)
    assert "All 9 entries of the chat follow" in text and "the 1 message marked as an exhibit" in text
    assert fx.THREAT_RU in text and "MARKED as an exhibit" in text
    assert vault.custody_log()[-1]["entry"]["details"]["chat_messages"] == "all"
    for lang in ("ru", "tg"):                                 # in her languages too, never a key
        t = flat(export_items(vault, "court", tmp_path / f"a-{lang}.pdf", [item.id], lang=lang,
                              chat_messages="all").path)
        assert "chatpdf." not in t and "9" in t
    # the platform report lists every sender's messages too
    rep = export_items(vault, "platform", tmp_path / "p.pdf", [item.id], lang="en", chat_messages="all")
    assert "Every message of every sender is listed" in flat(rep.files[0].path)
    with pytest.raises(BadInput):
        export_items(vault, "court", tmp_path / "x.pdf", [item.id], lang="en", chat_messages="some")


def test_the_command_line_chooses_too(marked_chat, tmp_path, monkeypatch, capsys):
    from evidence_kit.cli.main import main
    from tests.conftest import PASSPHRASE

    vault, item = marked_chat
    vault.close()
    monkeypatch.setenv("EVIDENCE_KIT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "cli.pdf"
    assert main(["export", "--vault", str(vault.path), "--kind", "court", item.exhibit, "--chat-messages", "all",
                 "--out", str(out), "--lang", "en"]) == 0
    assert "All 9 entries of the chat follow" in flat(out)
