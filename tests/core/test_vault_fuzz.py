"""Property tests of the vault reader (hypothesis): whatever happens to any one file of a vault — cut
short, a bit flipped, junk appended, replaced by junk, removed, or a junk file added beside it —
opening, verifying and writing never end in anything but our own words (no traceback), the damage is
reported by `verify`, and a later write (a note, a new item, gc) never loses an item: once the
damage is undone, every item is there with its exact bytes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence_kit.errors import EvidenceKitError
from evidence_kit.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

KINDS = ("truncate", "flip", "append", "replace", "delete", "junk_beside")


class _Quiet(tuple):
    def __repr__(self):
        return "<the pristine vault>"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A small vault: three items (one large enough for several chunks), a note, a case."""
    root = tmp_path_factory.mktemp("fuzz") / "vault"
    v, _ = Vault.create(root, PASSPHRASE, kdf=FAST_KDF, collector="Fuzz")
    contents = {}
    for n, data in enumerate((b"small evidence", bytes(range(256)) * 9000, "Салом ҷ".encode() * 50)):
        with v.new_item("import", case="Парванда", title=f"item {n}") as d:
            d.add_bytes(f"file-{n}.bin", data, role="original")
            item = d.seal()
        contents[item.id] = (f"file-{n}.bin", data)
    v.update_item(next(iter(contents)), notes="a note")
    v.close()
    (root / "lock").unlink(missing_ok=True)
    files = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    return _Quiet((root, contents, files))


def _mutate(path: Path, kind: str, at: float, junk: bytes) -> Path | None:
    """Apply the damage; returns a junk file that was added (to remove when undoing), if any."""
    data = path.read_bytes()
    pos = int(at * max(len(data) - 1, 0))
    if kind == "truncate":
        path.write_bytes(data[:pos])
    elif kind == "flip":
        b = bytearray(data)
        if b:
            b[pos] ^= 1 << (pos % 8)
        path.write_bytes(bytes(b))
    elif kind == "append":
        path.write_bytes(data + junk)
    elif kind == "replace":
        path.write_bytes(junk)
    elif kind == "delete":
        path.unlink()
    elif kind == "junk_beside":
        extra = path.with_name(path.name[:-1] + ("0" if path.name[-1] != "0" else "1"))
        if extra.exists():
            extra = path.with_name(path.name + ".x")
        extra.write_bytes(junk)
        return extra
    return None


def _ours(fn):
    """Run fn; anything but our own errors (words for a person) fails the test."""
    try:
        return fn(), None
    except EvidenceKitError as exc:
        assert exc.message("en") and exc.message("tg")
        return None, exc


@settings(max_examples=120, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), kind=st.sampled_from(KINDS), at=st.floats(0, 1),
       junk=st.binary(min_size=0, max_size=300),
       later=st.sampled_from(["note", "import", "gc", "verify_logged"]))
def test_damage_to_any_file_is_reported_and_never_loses_an_item(pristine, tmp_path_factory, data, kind,
                                                                 at, junk, later):
    root, contents, files = pristine
    rel = data.draw(st.sampled_from(files), label="file")
    work = tmp_path_factory.mktemp("case") / "vault"
    shutil.copytree(root, work)
    target = work / rel
    original = target.read_bytes()
    extra = _mutate(target, kind, at, junk)
    changed = extra is not None or not target.exists() or target.read_bytes() != original

    # 1. reading: opens, or refuses in words; verify never raises and reports the damage
    v, err = _ours(lambda: Vault.open(work, PASSPHRASE, writable=False))
    if v is not None:
        rep, err = _ours(v.verify)
        assert err is None, err
        benign = (rel == "index" and kind == "delete")
        if changed and not benign:
            assert rep.problems, (rel, kind)
        v.close()
    elif rel != "vault.json":
        # only the header can keep a vault from opening
        pytest.fail(f"{rel} ({kind}) kept the vault from opening: {err.message('en')}")

    # 2. a later write: done, or refused in words
    w, err = _ours(lambda: Vault.open(work, PASSPHRASE))
    if w is not None:
        if later == "note":
            _ours(lambda: w.update_item(next(iter(contents)), notes="after the damage"))
        elif later == "import":
            def add():
                with w.new_item("import", title="later") as d:
                    d.add_bytes("later.bin", b"later", role="original")
                    return d.seal()
            _ours(add)
        elif later == "gc":
            _ours(w.gc)
        else:
            rep, _ = _ours(w.verify)
            if rep is not None:
                _ours(lambda: w.record_verification(rep))
        w.close()

    # 3. undo the damage: every item is still there, byte for byte
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(original)
    if extra is not None:
        extra.unlink(missing_ok=True)
    v = Vault.open(work, PASSPHRASE, writable=False)
    rep = v.verify()
    assert rep.ok, (rel, kind, later, [p.message for p in rep.errors])
    ids = [i.id for i in v.items()]
    for iid, (name, blob) in contents.items():
        assert iid in ids, (rel, kind, later)
        assert v.read_artifact(iid, name) == blob
    v.close()
    shutil.rmtree(work.parent, ignore_errors=True)
