"""A case handed to a lawyer: `share` (the verification bundle encrypted to her age key) and
`receive` (taken into her own vault after the bundle checks out), with two real vaults, the real
command line, the stock `age` tool, and a watch on the disk for anything in the clear."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import threading
import zipfile
from pathlib import Path

import pytest

from tests.canary import find_canary
from tests.conftest import FAST_KDF
from tests.core.helpers import cli_env, run_cli, snapshot

from .helpers import photo_jpeg, post_png

PASS = "victim and lawyer пароль ҷ"
CANARY = "ShareCanary-q7Zt-адрес-хона"
CAPTURED_AT = "2026-11-04T06:01:02Z"
IMPORTED_AT = "2026-11-05T09:30:00Z"
CASE = "Парвандаи Зарина"


def _make_items(vault):
    """A capture (with its capture record), an imported photo, and a sensitive picture."""
    md = {"server_ip": "149.154.167.99", "changes": ["cookie banner closed"], "gaps": ["video not saved"],
          "browser": {"name": "Chromium", "version": "156.0"}}
    with vault.new_item("capture", case=CASE, url="https://t.me/s/leaks/123", final_url="https://t.me/s/leaks/123",
                        title="Leaks — пост 123", captured_at=CAPTURED_AT, http_status=200,
                        abuse=["home_address"], metadata=md) as d:
        d.add_bytes("screenshot-full.png", post_png(800, 1200, seed=2), role="screenshot_full", media_type="image/png")
        d.add_bytes("page.txt", f"Суроғаи хонааш {CANARY}\n".encode(), role="text", media_type="text/plain")
        cap = d.seal()
    with vault.new_item("import", case=CASE, title="акс.jpg", captured_at=IMPORTED_AT,
                        metadata={"original_name": "акс.jpg", "imported_at": IMPORTED_AT}) as d:
        # the canary also at the end of a photo: a ZIP stores photos as they are, so a bundle in
        # the clear anywhere on disk would show it (deflated text would not)
        d.add_bytes("акс.jpg", photo_jpeg(seed=4) + CANARY.encode(), role="original", media_type="image/jpeg")
        photo = d.seal()
    with vault.new_item("import", case=CASE, title="intimate.png", sensitive=True) as d:
        d.add_bytes("intimate.png", post_png(300, 300, seed=9), role="original", media_type="image/png")
        secret = d.seal()
    return cap, photo, secret


class Pair:
    def __init__(self, root: Path):
        self.root = root
        self.victim = root / "victim"
        self.lawyer = root / "lawyer"
        self.home = root / "home"
        self.tmp = root / "tmpdir"
        self.home.mkdir()
        self.tmp.mkdir()
        self.env = cli_env(root, EVIDENCE_KIT_PASSPHRASE=PASS, HOME=self.home, TMPDIR=self.tmp)

    def ek(self, vault: Path, *args, watch: bool = False):
        """Run a command; with `watch`, look for the canary on disk over and over while it runs."""
        if not watch:
            return run_cli(["--vault", vault, *args], self.env, timeout=300)
        hits: list[str] = []
        done = threading.Event()

        def look():
            while not done.is_set():
                hits.extend(find_canary([self.root], CANARY))
            hits.extend(find_canary([self.root], CANARY))

        t = threading.Thread(target=look)
        t.start()
        try:
            r = run_cli(["--vault", vault, *args], self.env, timeout=300)
        finally:
            done.set()
            t.join()
        assert hits == [], hits
        return r


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    from evidence_kit.vault import Vault

    p = Pair(tmp_path_factory.mktemp("share"))
    v, _ = Vault.create(p.victim, PASS, kdf=FAST_KDF, collector="Зарина")
    p.cap, p.photo, p.secret = _make_items(v)
    p.victim_fp = v.fingerprint
    v.close()
    v, _ = Vault.create(p.lawyer, PASS, kdf=FAST_KDF, collector="Адвокат")
    p.lawyer_fp = v.fingerprint
    v.close()
    r = p.ek(p.lawyer, "identity", "--json")
    assert r.returncode == 0, r.stderr
    p.recipient = json.loads(r.stdout)["recipient"]
    return p


def _open(path):
    from evidence_kit.vault import Vault

    return Vault.open(path, PASS, writable=False)


def _sha_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_identity_is_kept_and_the_fingerprint_is_the_vaults(pair):
    r = pair.ek(pair.lawyer, "identity", "--json")
    got = json.loads(r.stdout)
    assert got["recipient"] == pair.recipient and got["recipient"].startswith("age1")
    assert got["fingerprint"] == pair.lawyer_fp
    r = pair.ek(pair.lawyer, "identity")
    assert r.returncode == 0 and r.stdout.splitlines()[0] == pair.recipient
    assert "not secret" in r.stderr
    v = _open(pair.lawyer)
    try:
        made = [e["entry"] for e in v.custody_log() if e["entry"]["event"] == "identity_created"]
        assert len(made) == 1 and made[0]["details"]["recipient"] == pair.recipient
    finally:
        v.close()


def test_share_then_receive_keeps_the_evidence_and_its_chain(pair):
    from evidence_kit import timestamps

    out = pair.root / "case.age"
    r = pair.ek(pair.victim, "share", "--case", CASE, "--to", pair.recipient, "--out", out, watch=True)
    assert r.returncode == 0, r.stderr
    assert "Warning" not in r.stderr          # no library's notice to programmers reaches her
    data = out.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n")
    assert CANARY.encode() not in data and b"manifest.json" not in data and b"PK\x03\x04" not in data
    share_sha = hashlib.sha256(data).hexdigest()
    v = _open(pair.victim)
    try:
        shared = [e["entry"] for e in v.custody_log() if e["entry"]["event"] == "shared"]
        originals = {i.id: {a.name: v.read_artifact(i.id, a.name) for a in i.artifacts} for i in v.items()}
        records = {i.id: timestamps.record_bytes(v.get(i.id)) for i in v.items()}
    finally:
        v.close()
    assert len(shared) == 1
    d = shared[0]["details"]
    assert d["recipients"] == [pair.recipient] and d["sha256"] == share_sha and d["size"] == len(data)
    assert set(shared[0]["items"]) == {pair.cap.id, pair.photo.id, pair.secret.id}

    r = pair.ek(pair.lawyer, "receive", out, watch=True)
    assert r.returncode == 0, r.stderr
    assert "NOT confirmed" in r.stdout and pair.victim_fp in r.stdout
    v = _open(pair.lawyer)
    try:
        items = v.items()
        assert len(items) == 2          # the sensitive one was not in the bundle: named, not made up
        assert "intimate.png" not in [i.title for i in items]
        by_sender = {}
        for it in items:
            full = v.get(it.id)
            got = full.metadata["received"]
            assert got["sender_fingerprint"] == pair.victim_fp and got["sender_confirmed"] is False
            assert got["share_sha256"] == share_sha
            by_sender[got["sender_item_id"]] = full
        cap, photo = by_sender[pair.cap.id], by_sender[pair.photo.id]
        assert cap.source == "capture" and cap.captured_at == CAPTURED_AT and cap.url == "https://t.me/s/leaks/123"
        assert cap.metadata["gaps"] == ["video not saved"] and cap.metadata["changes"] == ["cookie banner closed"]
        assert photo.captured_at == IMPORTED_AT
        for sender_id, item in by_sender.items():
            for name, blob in originals[sender_id].items():
                assert v.read_artifact(item.id, name) == blob          # byte-identical
                assert item.artifact(name).sha256 == hashlib.sha256(blob).hexdigest()
            # the sender's custody entries for the item, unchanged, hash and all
            lines = v.read_artifact(item.id, "sender-custody-log.jsonl").decode().splitlines()
            recs = [json.loads(x) for x in lines]
            assert recs and all(sender_id in r["entry"]["items"] for r in recs)
            assert recs[0]["entry"]["event"] in ("item_captured", "item_imported")
            # the sender's record of the item, the very bytes their time stamps cover
            assert v.read_artifact(item.id, "sender-record.json") == records[sender_id]
        log = [e["entry"] for e in v.custody_log()]
        receipt = [e for e in log if e["event"] == "share_received"]
        assert len(receipt) == 1
        rd = receipt[0]["details"]
        assert rd["sha256"] == share_sha and rd["sender_fingerprint"] == pair.victim_fp
        assert rd["sender_confirmed"] is False and rd["withheld"] == [pair.secret.exhibit]
        assert {m["sender_exhibit"] for m in rd["exhibits"]} == {pair.cap.exhibit, pair.photo.exhibit}
        assert sum(1 for e in log if e["event"] == "item_received") == 2
        assert v.verify().ok
    finally:
        v.close()
    r = pair.ek(pair.lawyer, "show", by_sender[pair.cap.id].id)
    assert f"from vault {pair.victim_fp}" in r.stdout

    # the lawyer's court dossier names the sender's vault and the file
    pdf = pair.root / "lawyer.pdf"
    r = pair.ek(pair.lawyer, "export", "--kind", "court", "--case", CASE, "--out", pdf)
    assert r.returncode == 0, r.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    pdf.unlink()          # a document she chose to write, in the clear: not left for the watches
    flat = "".join(text.split())
    assert pair.victim_fp in flat and share_sha in flat and pair.lawyer_fp in flat
    assert "Chainofhands" in flat and "Evidencereceivedfromothervaults" in flat
    assert f"thesender's{pair.cap.exhibit}" in flat

    # the watch above would have seen the bundle in the clear: the same bundle exported as a ZIP shows
    plain = pair.root / "plain-bundle.zip"
    r = pair.ek(pair.victim, "export", "--kind", "bundle", pair.photo.exhibit, "--out", plain)
    assert r.returncode == 0, r.stderr
    try:
        assert find_canary([pair.root], CANARY) == [f"content: {plain}"]
    finally:
        plain.unlink()


def test_a_share_for_an_age_keygen_key_opens_with_stock_age(pair, tmp_path):
    if not (shutil.which("age") and shutil.which("age-keygen")):
        pytest.skip("the stock age tools are not installed")
    key = tmp_path / "key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    rcpt = subprocess.run(["age-keygen", "-y", str(key)], check=True, capture_output=True, text=True).stdout.strip()
    out = tmp_path / "for-lawyer.age"
    r = pair.ek(pair.victim, "share", pair.cap.exhibit, "--to", rcpt, "--to", pair.recipient, "--out", out)
    assert r.returncode == 0, r.stderr
    plain = tmp_path / "bundle.zip"
    subprocess.run(["age", "-d", "-i", str(key), "-o", str(plain), str(out)], check=True)
    r = pair.ek(pair.victim, "verify-bundle", plain, "--expect-fingerprint", pair.victim_fp)
    assert r.returncode == 0, r.stdout + r.stderr
    with zipfile.ZipFile(plain) as zf:
        assert any(n.endswith("page.txt") for n in zf.namelist())
    v = _open(pair.victim)
    try:
        last = [e["entry"] for e in v.custody_log() if e["entry"]["event"] == "shared"][-1]
    finally:
        v.close()
    assert last["details"]["recipients"] == [rcpt, pair.recipient]
    assert last["details"]["bundle_size"] == plain.stat().st_size
    assert last["details"]["sha256"] == _sha_file(out)


def _encrypt_to(recipient: str, data: bytes) -> bytes:
    import pyrage

    return pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(recipient)])


def _refused(pair, path, rc, words, *extra):
    before = snapshot(pair.lawyer)
    r = pair.ek(pair.lawyer, "receive", path, *extra)
    assert r.returncode == rc, (r.returncode, r.stdout, r.stderr)
    assert words in r.stderr, r.stderr
    assert "Traceback" not in r.stderr
    assert snapshot(pair.lawyer) == before
    return r


def test_refusals_leave_the_vault_unchanged(pair, tmp_path):
    from evidence_kit.vault import Vault

    v = Vault.open(pair.victim, PASS)          # an item the lawyer has not received in another test
    try:
        with v.new_item("import", case=CASE, title="скриншот.jpg") as d:
            d.add_bytes("скриншот.jpg", photo_jpeg(seed=11), role="original", media_type="image/jpeg")
            fresh = d.seal()
    finally:
        v.close()
    good = tmp_path / "good.age"
    r = pair.ek(pair.victim, "share", fresh.exhibit, "--to", pair.recipient, "--out", good)
    assert r.returncode == 0, r.stderr
    data = good.read_bytes()

    # addressed to someone else
    import pyrage

    other = pyrage.x25519.Identity.generate()
    elsewhere = tmp_path / "other.age"
    r = pair.ek(pair.victim, "share", pair.photo.exhibit, "--to", str(other.to_public()), "--out", elsewhere)
    assert r.returncode == 0, r.stderr
    _refused(pair, elsewhere, 2, "not addressed to this vault")
    # cut off, and changed in the middle
    cut = tmp_path / "cut.age"
    cut.write_bytes(data[:len(data) * 2 // 3])
    _refused(pair, cut, 1, "damaged or incomplete")
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    changed = tmp_path / "changed.age"
    changed.write_bytes(bytes(flipped))
    _refused(pair, changed, 1, "damaged or incomplete")
    # signed by another vault than the one expected
    _refused(pair, good, 1, "fails its check", "--expect-fingerprint", "ab" * 32)
    # not a share: a plain file, an age file holding no bundle, nothing at all
    plain = tmp_path / "note.txt"
    plain.write_text("hello")
    _refused(pair, plain, 2, "is not a case sent with Evidence Kit")
    junk = tmp_path / "junk.age"
    junk.write_bytes(_encrypt_to(pair.recipient, b"not a zip at all " * 100))
    _refused(pair, junk, 2, "is not a case sent with Evidence Kit")
    _refused(pair, tmp_path / "missing.age", 2, "There is no file")
    # a bundle whose contents were changed after signing, encrypted to her key by someone else
    key = tmp_path / "k.txt"
    if shutil.which("age") and shutil.which("age-keygen"):
        subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
        rcpt = subprocess.run(["age-keygen", "-y", str(key)], check=True, capture_output=True, text=True).stdout.strip()
        mine = tmp_path / "mine.age"
        assert pair.ek(pair.victim, "share", pair.photo.exhibit, "--to", rcpt, "--out", mine).returncode == 0
        bundle = subprocess.run(["age", "-d", "-i", str(key), str(mine)], check=True, capture_output=True).stdout
        src = zipfile.ZipFile(io.BytesIO(bundle))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as dst:
            for info in src.infolist():
                blob = src.read(info.filename)
                if info.filename.endswith(".jpg"):
                    blob = blob[:-10] + b"\0" * 10
                dst.writestr(info.filename, blob)
        forged = tmp_path / "forged.age"
        forged.write_bytes(_encrypt_to(pair.recipient, buf.getvalue()))
        r = _refused(pair, forged, 1, "fails its check")
        assert "SHA256SUMS" in r.stderr or "changed" in r.stderr

    # received once; the same file again is refused, a new file with the same items adds nothing
    r = pair.ek(pair.lawyer, "receive", good, "--expect-fingerprint", pair.victim_fp, "--case", "Адвокат: Зарина",
                "--json")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert got["sender_confirmed"] is True and [i["case"] for i in got["items"]] == ["Адвокат: Зарина"]
    r = pair.ek(pair.lawyer, "show", got["items"][0]["id"])
    assert "sender confirmed" in r.stdout
    _refused(pair, good, 2, "was received already")
    again = tmp_path / "again.age"
    assert pair.ek(pair.victim, "share", fresh.exhibit, "--to", pair.recipient, "--out", again).returncode == 0
    v = _open(pair.lawyer)
    n = v.item_count()
    v.close()
    r = pair.ek(pair.lawyer, "receive", again, "--json")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert got["items"] == [] and [d["sender_exhibit"] for d in got["duplicates"]] == [fresh.exhibit]
    v = _open(pair.lawyer)
    try:
        assert v.item_count() == n
    finally:
        v.close()


def test_share_refuses_bad_input_before_writing(pair, tmp_path):
    before = snapshot(pair.victim)
    out = tmp_path / "x.age"
    for args, words in ((["--to", "age1notakey"], "is not a public key"), ([], "Say whom the file is for")):
        r = pair.ek(pair.victim, "share", pair.photo.exhibit, *args, "--out", out)
        assert r.returncode == 2 and words in r.stderr, r.stderr
        assert not out.exists()
    assert snapshot(pair.victim) == before


def test_rekey_keeps_the_identity(tmp_path):
    from evidence_kit import identity
    from evidence_kit.vault import Vault
    from evidence_kit.vault import rekey as rk

    v, _ = Vault.create(tmp_path / "v", PASS, kdf=FAST_KDF)
    recipient = identity.ensure(v)
    assert identity.ensure(v) == recipient            # made once
    rk.rekey(v, "a new passphrase ғ")
    v = Vault.open(tmp_path / "v", "a new passphrase ғ")
    try:
        assert identity.recipient(v) == recipient
        blob = _encrypt_to(recipient, b"for this vault")
        sink = io.BytesIO()
        identity.decrypt(v, io.BytesIO(blob), sink)
        assert sink.getvalue() == b"for this vault"
    finally:
        v.close()


@pytest.mark.parametrize("encryptor", ["stock age", "pyrage"])
def test_a_failing_disk_while_encrypting_is_said_in_words(monkeypatch, encryptor):
    """The encrypting side's failure (a full disk) reaches the writer as the vault's own error,
    not as a broken pipe, and the writing side stops."""
    import errno

    import pyrage

    from evidence_kit import identity
    from evidence_kit.errors import StorageError

    if encryptor == "pyrage":
        monkeypatch.setattr(identity, "_age_program", lambda: None)

    class FullDisk:
        written = 0

        def write(self, data):
            if self.written > 200_000:
                raise OSError(errno.ENOSPC, "No space left on device")
            self.written += len(data)
            return len(data)

        def flush(self):
            pass

    rcpt = pyrage.x25519.Identity.generate().to_public()
    with pytest.raises(StorageError) as err:
        with identity.encrypting(FullDisk(), [rcpt]) as w:
            for _ in range(200):
                w.write(b"\x01" * (1 << 16))
    assert "space" in err.value.message().lower() or "full" in err.value.message().lower()


@pytest.mark.parametrize("decryptor", ["stock age", "pyrage"])
def test_both_ways_of_decrypting_agree(pair, tmp_path, monkeypatch, decryptor):
    """A share is decrypted by the stock `age` program where it is installed (faster: another
    process, another core), else by pyrage: the same plaintext, the same SHA-256 of the file, and
    the same refusals either way."""
    import os

    import pyrage

    from evidence_kit import identity

    if decryptor == "pyrage":
        monkeypatch.setattr(identity, "_age_program", lambda: None)
    else:
        assert identity._age_program(), "scripts/setup.sh installs the stock age program"
    data = os.urandom(3 * (1 << 20) + 77) + CANARY.encode()
    blob = _encrypt_to(pair.recipient, data)
    other = _encrypt_to(str(pyrage.x25519.Identity.generate().to_public()), data)
    flipped = bytearray(blob)
    flipped[len(blob) // 2] ^= 0x04
    files = {}
    for name, content in (("good", blob), ("other", other), ("cut", blob[:len(blob) - 5000]),
                          ("flipped", bytes(flipped))):
        files[name] = tmp_path / f"{name}.age"
        files[name].write_bytes(content)
    v = _open(pair.lawyer)
    try:
        def decrypt(name):
            out = io.BytesIO()
            with open(files[name], "rb", buffering=0) as f:
                return identity.decrypt(v, f, out), out.getvalue()

        (sha, size), plain = decrypt("good")
        assert plain == data and sha == hashlib.sha256(blob).hexdigest() and size == len(blob)
        with pytest.raises(identity.NotForThisVault):
            decrypt("other")
        for name in ("cut", "flipped"):
            with pytest.raises(identity.ShareDamaged):
                decrypt(name)
    finally:
        v.close()


def test_the_exhibits_are_sealed_as_the_file_is_decrypted(pair, tmp_path, monkeypatch):
    """receive reads a large case once: every exhibit file is written into the vault as the share
    streams out of the decryption, and the check takes each of them as read there (none is read
    again from the scratch copy)."""
    from evidence_kit.vault import Vault
    from export import share
    from export.bundle import verify, zipstream

    made, reread = [], []

    class Watched(zipstream.ZipStreamReader):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            made.append(self)

    real_open = verify.open_member
    monkeypatch.setattr(zipstream, "ZipStreamReader", Watched)
    monkeypatch.setattr(verify, "open_member", lambda zf, name: reread.append(name) or real_open(zf, name))
    out = tmp_path / "once.age"
    r = pair.ek(pair.victim, "share", pair.cap.exhibit, pair.photo.exhibit, "--to", pair.recipient, "--out", out)
    assert r.returncode == 0, r.stderr
    copy = tmp_path / "lawyer"
    shutil.copytree(pair.lawyer, copy)
    v = Vault.open(copy, PASS)
    try:
        with share.open_share(v, out) as opened:
            files = {a["path"] for d in opened.manifest["items"] for a in d["artifacts"] if a.get("path")}
            assert len(made) == 1 and files <= set(made[0].entries) and made[0].complete
            assert reread == []
            assert set(opened._sealed) == files
            result = opened.receive()
        assert len(result.items) + len(result.duplicates) == 2 and v.verify().ok
    finally:
        v.close()


def test_a_bundle_the_stream_cannot_follow_is_read_whole(pair, tmp_path):
    """A valid bundle whose ZIP is made another way (here one exhibit file compressed with bzip2,
    which the stream does not follow) is still received: the file is decrypted once more and
    every file checked from the scratch copy."""
    plain = tmp_path / "bundle.zip"
    r = pair.ek(pair.victim, "export", "--kind", "bundle", pair.cap.exhibit, "--out", plain)
    assert r.returncode == 0, r.stderr
    src = zipfile.ZipFile(plain)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            method = zipfile.ZIP_BZIP2 if info.filename.endswith(".png") else info.compress_type
            dst.writestr(info.filename, src.read(info.filename), compress_type=method)
    plain.unlink()
    odd = tmp_path / "odd.age"
    odd.write_bytes(_encrypt_to(pair.recipient, buf.getvalue()))
    copy = tmp_path / "lawyer"
    shutil.copytree(pair.lawyer, copy)
    r = pair.ek(copy, "receive", odd, "--expect-fingerprint", pair.victim_fp, "--json")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert len(got["items"]) + len(got["duplicates"]) == 1
    v = _open(copy)
    try:
        assert v.verify().ok
    finally:
        v.close()


@pytest.mark.parametrize("encryptor", ["stock age", "pyrage"])
def test_both_ways_of_encrypting_make_the_same_kind_of_file(pair, monkeypatch, encryptor):
    """`share` encrypts with the stock `age` program where it is installed (in a process of its
    own, beside the bundle being written), else with pyrage: either file opens with the other."""
    import os

    from evidence_kit import identity

    if encryptor == "pyrage":
        monkeypatch.setattr(identity, "_age_program", lambda: None)
    else:
        assert identity._age_program()
    data = os.urandom(2 * (1 << 20) + 5) + CANARY.encode()
    out = io.BytesIO()
    with identity.encrypting(out, [identity.parse_recipient(pair.recipient)]) as w:
        for at in range(0, len(data), 70000):
            w.write(data[at:at + 70000])
    blob = out.getvalue()
    assert blob.startswith(identity.AGE_MAGIC) and CANARY.encode() not in blob
    monkeypatch.setattr(identity, "_age_program", (lambda: None) if encryptor != "pyrage" else
                        (lambda: shutil.which("age")))
    v = _open(pair.lawyer)
    try:
        plain = io.BytesIO()
        src = io.BytesIO(blob) if encryptor != "pyrage" else None
        if src is None:                          # the stock program reads a real file
            path = pair.root / "enc-check.age"
            path.write_bytes(blob)
            with open(path, "rb", buffering=0) as f:
                identity.decrypt(v, f, plain)
            path.unlink()
        else:
            identity.decrypt(v, src, plain)
        assert plain.getvalue() == data
    finally:
        v.close()


def test_kill_9_during_receive_adds_nothing_partial(pair, tmp_path):
    """receive seals the exhibits' files while the share is still being decrypted. Killed at any
    moment, the lawyer's vault holds only whole items of the case (each with all its files, or
    none), `verify` is clean, and `gc` removes the files sealed ahead that no item took."""
    import os
    import signal
    import sys
    import time

    from evidence_kit.vault import Vault
    from tests.core.helpers import ROOT

    v = Vault.open(pair.victim, PASS)
    try:
        with v.new_item("import", case="kill", title="video.mp4") as d:
            d.add_bytes("video.mp4", os.urandom(96 << 20), role="original", media_type="video/mp4")
            big = d.seal()
    finally:
        v.close()
    out = tmp_path / "big.age"
    r = pair.ek(pair.victim, "share", big.exhibit, pair.photo.exhibit, "--to", pair.recipient, "--out", out)
    assert r.returncode == 0, r.stderr
    outcomes = []
    # killed at once, then at moments after the first file began to be sealed (a temp file in tmp/)
    for k, after in enumerate((None, 0.0, 0.05, 0.15, 0.3)):
        copy = tmp_path / f"lawyer{k}"
        shutil.copytree(pair.lawyer, copy)
        before = _open(copy)
        n = before.item_count()
        before.close()
        proc = subprocess.Popen([sys.executable, "-m", "evidence_kit.cli.main", "--vault", str(copy), "receive", str(out)],
                                env=pair.env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        if after is not None:
            deadline = time.monotonic() + 60
            while proc.poll() is None and time.monotonic() < deadline and not any((copy / "tmp").glob("o-*")):
                time.sleep(0.005)
            time.sleep(after)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        v = Vault.open(copy, PASS)                   # a writer: it empties tmp/ (ciphertext only)
        try:
            assert not any((copy / "tmp").iterdir())
            assert v.verify().ok
            got = v.item_count() - n
            outcomes.append(got)
            titles = {i.title for i in v.items()}
            assert got in (0, 1, 2)                  # sealed whole items only, each with its files
            if "video.mp4" in titles:
                item = next(i for i in v.items() if i.title == "video.mp4")
                assert len(v.read_artifact(item.id, "video.mp4")) == 96 << 20
            v.gc()
            assert v.verify().ok
        finally:
            v.close()
        shutil.rmtree(copy)
    assert outcomes[0] == 0                          # killed at once: nothing of the case
