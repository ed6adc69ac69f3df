"""The vault through its API: items, drafts, custody chain, verify, recovery, passphrase change."""

from __future__ import annotations

import hashlib
import os
import shutil

import pytest

from evidence_kit.errors import BadInput, VaultExists, VaultInUse, WrongPassphrase
from evidence_kit.importer import import_file
from evidence_kit.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _capture(vault, url="https://t.me/s/leaks/42", png=b"\x89PNG fake", **kw):
    with vault.new_item("capture", url=url, final_url=url, title="Leaks channel", http_status=200,
                        metadata={"browser": "Chromium 156"}, **kw) as d:
        d.add_bytes("screenshot-full.png", png, role="screenshot_full", media_type="image/png")
        d.add_bytes("page.html", b"<html>post</html>", role="dom_html", media_type="text/html")
        return d.seal()


def test_item_round_trip_and_model(vault, tmp_path):
    item = _capture(vault, case="Дело №1")
    assert len(item.id) == 10 and item.exhibit == "EK-0001"
    got = vault.get(item.id[:5])
    assert got.url == "https://t.me/s/leaks/42" and got.metadata == {"browser": "Chromium 156"}
    d = got.to_dict()
    assert set(d) >= {"id", "case", "source", "url", "final_url", "title", "captured_at", "status",
                      "http_status", "error", "sensitive", "notes", "artifacts", "metadata"}
    assert d["captured_at"].endswith("Z")
    art = d["artifacts"][0]
    assert art == {"name": "screenshot-full.png", "role": "screenshot_full", "media_type": "image/png",
                   "size": 9, "sha256": hashlib.sha256(b"\x89PNG fake").hexdigest()}
    assert vault.read_artifact(item.id, "screenshot-full.png") == b"\x89PNG fake"
    assert vault.cases() == ["Дело №1"]
    # the listing's rows, built straight from the index, are exactly the Items' dicts
    other = _capture(vault, case="other")
    vault.update_item(other.id, sensitive=True, notes="заметка")
    for case in (None, "Дело №1", "other", "none such"):
        assert vault.item_rows(case=case) == [i.to_dict(with_metadata=False)
                                              for i in vault.items(case=case)]
    assert [r["id"] for r in vault.item_rows()] == [item.id, other.id]


def test_state_survives_reopen_without_index(make_vault, tmp_path):
    v, _ = make_vault()
    a = _capture(v)
    v.update_item(a.id, notes="posted twice", sensitive=True, abuse=["phone_number"])
    v.close()
    (tmp_path / "vault" / "index").unlink(missing_ok=True)
    v2 = Vault.open(tmp_path / "vault", PASSPHRASE)
    it = v2.items()[0]
    assert (it.notes, it.sensitive, it.abuse) == ("posted twice", True, ["phone_number"])
    v2.close()


def test_discarded_draft_leaves_nothing(vault):
    before = set(vault.objects.all_names())
    with pytest.raises(RuntimeError):
        with vault.new_item("capture", url="https://x.test/") as d:
            d.add_bytes("a.png", os.urandom(5000), role="screenshot_full", media_type="image/png")
            raise RuntimeError("browser crashed")
    assert set(vault.objects.all_names()) == before
    assert vault.items() == []


def test_discard_keeps_objects_shared_with_a_sealed_item(vault):
    shared = os.urandom(3000)
    _capture(vault, png=shared)
    with vault.new_item("capture", url="https://x.test/") as d:
        d.add_bytes("a.png", shared, role="screenshot_full", media_type="image/png")
        d.discard()
    assert vault.verify().ok


def test_custody_chain_and_events(vault):
    item = _capture(vault)
    vault.log_event("artifact_revealed", items=[item.id], details={"artifact": "screenshot-full.png"})
    log = vault.custody_log()
    events = [r["entry"]["event"] for r in log]
    assert events == ["vault_created", "item_captured", "artifact_revealed"]
    prev = "0" * 64
    for r in log:
        e = r["entry"]
        assert e["prev"] == prev and e["at"].endswith("Z") and e["tool"].startswith("Evidence Kit")
        assert e["collector"] == vault.collector      # the name given, or "" (never the login name)
        prev = r["hash"]
    assert [r["entry"]["event"] for r in vault.custody_log(item.id)] == ["item_captured", "artifact_revealed"]


def test_create_refuses_existing_or_nonempty(tmp_path, make_vault):
    make_vault("v")
    with pytest.raises(VaultExists):
        Vault.create(tmp_path / "v", "x", kdf=FAST_KDF)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "note.txt").write_text("mine")
    with pytest.raises(VaultExists):
        Vault.create(tmp_path / "other", "x", kdf=FAST_KDF)
    assert (tmp_path / "other" / "note.txt").read_text() == "mine"


def test_wrong_passphrase_recovery_key_and_passwd(make_vault, tmp_path):
    v, recovery = make_vault()
    item = _capture(v)
    v.close()
    path = tmp_path / "vault"
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "wrong")
    assert len(recovery) == 39 and recovery.count("-") == 7
    v = Vault.open(path, recovery_key=recovery.lower().replace("-", " "))
    assert v.check_passphrase(PASSPHRASE) and not v.check_passphrase("wrong")
    v.change_passphrase("новый пароль ӯҳ")
    assert v.check_passphrase("новый пароль ӯҳ") and not v.check_passphrase(PASSPHRASE)
    v.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE)
    v = Vault.open(path, "новый пароль ӯҳ")
    assert v.read_artifact(item.id, "screenshot-full.png") == b"\x89PNG fake"
    # the old passphrase tried once before: that unlock logs it (the unlock limit) after the change
    assert [r["entry"]["event"] for r in v.custody_log()[-2:]] == ["passphrase_changed", "unlock_failures"]
    assert v.verify().ok
    v.close()
    with pytest.raises(BadInput):
        Vault.open(path, recovery_key="too-short")


def test_second_writer_is_refused_readers_are_not(make_vault, tmp_path):
    v, _ = make_vault()
    _capture(v)
    with pytest.raises(VaultInUse):
        Vault.open(tmp_path / "vault", PASSPHRASE, writable=True)
    reader = Vault.open(tmp_path / "vault", PASSPHRASE, writable=False)
    assert len(reader.items()) == 1
    _capture(v, url="https://t.me/s/leaks/43")
    reader2 = Vault.open(tmp_path / "vault", PASSPHRASE, writable=False)
    assert len(reader2.items()) == 2
    v.close()
    Vault.open(tmp_path / "vault", PASSPHRASE, writable=True).close()


def _tamper_setup(make_vault, tmp_path):
    v, _ = make_vault()
    src = tmp_path / "photo.jpg"
    src.write_bytes(b"\xff\xd8\xff" + os.urandom(3 * 1024 * 1024))
    a = import_file(v, src)
    b = _capture(v)
    v.close()
    return tmp_path / "vault", a, b


def _verify(path):
    v = Vault.open(path, PASSPHRASE, writable=False)
    try:
        return v.verify()
    finally:
        v.close()


def test_flip_a_byte_in_any_vault_file_is_detected(make_vault, tmp_path):
    path, a, b = _tamper_setup(make_vault, tmp_path)
    files = [p for p in sorted(path.rglob("*")) if p.is_file() and p.name not in ("lock", "vault.json")]
    assert len(files) >= 10
    for f in files:
        raw = f.read_bytes()
        pos = len(raw) // 2
        f.write_bytes(raw[:pos] + bytes([raw[pos] ^ 0x40]) + raw[pos + 1:])
        try:
            report = _verify(path)
            assert not report.ok, f"a changed byte in {f.relative_to(path)} went unnoticed"
        finally:
            f.write_bytes(raw)
    assert _verify(path).ok


def test_changed_artifact_names_the_item(make_vault, tmp_path):
    path, a, b = _tamper_setup(make_vault, tmp_path)
    v = Vault.open(path, PASSPHRASE, writable=False)
    obj = v.artifact_object(a.id, a.artifacts[0].name).object
    v.close()
    f = path / "objects" / obj[:2] / obj
    raw = bytearray(f.read_bytes())
    raw[2 * 1024 * 1024] ^= 1
    f.write_bytes(bytes(raw))
    report = _verify(path)
    assert not report.ok
    assert any(p.item_id == a.id and a.id in p.message and "photo.jpg" in p.message for p in report.errors)
    assert not any(p.item_id == b.id for p in report.errors)


def test_deleted_object_is_detected(make_vault, tmp_path):
    path, a, b = _tamper_setup(make_vault, tmp_path)
    v = Vault.open(path, PASSPHRASE, writable=False)
    obj = v.artifact_object(b.id, "page.html").object
    v.close()
    (path / "objects" / obj[:2] / obj).unlink()
    report = _verify(path)
    assert any(p.code == "verify.artifact_missing" and p.item_id == b.id for p in report.errors)


def test_reordered_removed_and_truncated_log_entries_are_detected(make_vault, tmp_path):
    path, a, b = _tamper_setup(make_vault, tmp_path)
    log = path / "log"
    e2, e3 = log / "000000000002", log / "000000000003"
    r2, r3 = e2.read_bytes(), e3.read_bytes()
    # reorder: swap two entries
    e2.write_bytes(r3)
    e3.write_bytes(r2)
    assert {p.code for p in _verify(path).errors} & {"verify.log_changed", "verify.log_moved"}
    e2.write_bytes(r2)
    e3.write_bytes(r3)
    assert _verify(path).ok
    # delete one in the middle
    e2.unlink()
    assert "verify.log_missing" in {p.code for p in _verify(path).errors}
    e2.write_bytes(r2)
    # delete the newest
    e3.unlink()
    assert "verify.log_truncated" in {p.code for p in _verify(path).errors}
    e3.write_bytes(r3)
    assert _verify(path).ok


def test_copy_of_vault_opens_elsewhere(make_vault, tmp_path):
    path, a, b = _tamper_setup(make_vault, tmp_path)
    shutil.copytree(path, tmp_path / "copy")
    v = Vault.open(tmp_path / "copy", PASSPHRASE)
    assert v.read_artifact(b.id, "page.html") == b"<html>post</html>"
    v.close()


def test_a_damaged_log_is_never_written_over(make_vault, tmp_path):
    path, a, b = _tamper_setup(make_vault, tmp_path)
    e2 = path / "log" / "000000000002"
    damaged = bytearray(e2.read_bytes())
    damaged[40] ^= 1
    e2.write_bytes(bytes(damaged))
    (path / "index").unlink()        # so that opening has to replay the log, and stops at entry 2
    v = Vault.open(path, PASSPHRASE, writable=True)
    try:
        from evidence_kit.errors import VaultCorrupt

        with pytest.raises(VaultCorrupt) as e:
            v.log_event("artifact_viewed", items=[a.id])
        assert e.value.key == "error.log_needs_attention"
        with pytest.raises(VaultCorrupt):
            _capture(v, url="https://t.me/s/leaks/99")
    finally:
        v.close()
    assert e2.read_bytes() == bytes(damaged)          # the evidence of tampering is kept
    assert not _verify(path).ok


@pytest.mark.parametrize("iterations, memory_kib, lanes", [(1, 64, 1), (3, 1024, 4), (8, 8192, 4), (2, 4096, 3)])
def test_parallel_argon2id_gives_the_same_key_as_cryptography(iterations, memory_kib, lanes):
    """Vaults made with either implementation open with the other: the key-encryption key is the
    same to the byte (Argon2id version 0x13, RFC 9106)."""
    pytest.importorskip("argon2")
    from evidence_kit.vault import _crypto

    salt, secret = bytes(range(16)), "пароли ман — zarina".encode()
    assert _crypto.argon2id(secret, salt, iterations=iterations, memory_kib=memory_kib, lanes=lanes) == \
        _crypto.argon2id_sequential(secret, salt, iterations=iterations, memory_kib=memory_kib, lanes=lanes)


def test_json_reads_what_the_standard_library_wrote_and_lines_are_json():
    """Records are read by orjson when it is there; what it refuses and json wrote (an integer
    beyond 64 bits, a lone surrogate) still reads, and a --json line is the same value."""
    import json

    from evidence_kit import jsonutil

    for value in ({"views": 2 ** 70, "t": "паём"}, {"s": "\ud800 lone"}, [1.5, None, True, "ҳ"]):
        data = json.dumps(value).encode()       # ASCII-escaped, as json can write a lone surrogate
        assert jsonutil.loads(data) == value
        assert json.loads(jsonutil.dumps_line(value)) == value
    assert "\n" not in jsonutil.dumps_line({"a": "line\nbreak", "b": [{"c": 1}]})
    assert jsonutil.dumps_line({1: "int key"}) == '{"1": "int key"}'
