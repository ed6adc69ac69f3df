"""The vault header and its key slots: a random master key, wrapped once per way of unlocking.

Passphrase slot: key-encryption key = Argon2id(passphrase, salt, parameters in the header).
Recovery slot:   key-encryption key = HKDF-SHA256(recovery key's 160 random bits, salt).
Either unwraps the same master key, so changing the passphrase rewrites only the header.
"""

from __future__ import annotations

import base64
import os
import re
import unicodedata
from dataclasses import dataclass

from ..errors import BadInput, VaultCorrupt, WrongPassphrase
from . import _crypto

HEADER_FORMAT = "evidence-kit-vault"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)

# Argon2id (version 0x13) cost: about 0.4 s and 128 MiB on the reference machine (2 cores, 2026),
# stored per slot. A new passphrase slot never uses less than this.
DEFAULT_KDF = {"name": "argon2id", "iterations": 8, "memory_kib": 131072, "lanes": 4}
# What a slot may ask for before anything is derived: vault.json is not authenticated, so a
# changed value must neither hang the computer nor exhaust its memory. The lower bounds are
# Argon2's own minimums; weak settings only fail to unwrap (the wrapped key was made with the
# real ones) and are never copied into a new slot.
KDF_BOUNDS = {"iterations": (1, 64), "memory_kib": (8, 2 * 1024 * 1024), "lanes": (1, 16)}

_DATA_FOLDER = re.compile(r"g-[0-9a-f]{16}", re.ASCII)

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_BYTES = 20  # 160 bits -> 32 characters -> 8 groups of 4


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def crockford_encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    chars = []
    for _ in range(len(data) * 8 // 5):
        chars.append(_CROCKFORD[n & 31])
        n >>= 5
    return "".join(reversed(chars))


def crockford_decode(text: str, nbytes: int) -> bytes:
    n = 0
    for ch in text:
        n = (n << 5) | _CROCKFORD.index(ch)
    return n.to_bytes(nbytes, "big")


def new_recovery_key() -> tuple[str, bytes]:
    raw = _crypto.random_bytes(RECOVERY_BYTES)
    text = crockford_encode(raw)
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4)), raw


def parse_recovery_key(text: str) -> bytes:
    """Accepts the key as printed, with or without dashes and spaces, any case; O→0, I/L→1."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1").replace("U", "V")
    if len(cleaned) != RECOVERY_BYTES * 8 // 5 or any(c not in _CROCKFORD for c in cleaned):
        raise BadInput("error.recovery_key_format")
    return crockford_decode(cleaned, RECOVERY_BYTES)


def normalise_passphrase(passphrase: str) -> bytes:
    # NFC so that the same Cyrillic passphrase typed on two keyboards gives the same bytes
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _slot_aad(vault_id: str, slot_type: str) -> bytes:
    return f"ek-slot/v1|{vault_id}|{slot_type}".encode()


def _passphrase_kek(passphrase: str, kdf: dict) -> bytes:
    check_kdf(kdf)
    try:
        return _crypto.argon2id(normalise_passphrase(passphrase), b64d(kdf["salt"]),
                                iterations=kdf["iterations"], memory_kib=kdf["memory_kib"],
                                lanes=kdf["lanes"])
    except MemoryError:
        raise VaultCorrupt("error.kdf_no_memory", mib=kdf["memory_kib"] // 1024) from None


def _recovery_kek(raw: bytes, kdf: dict) -> bytes:
    return _crypto.hkdf(raw, b"evidence-kit/v1/recovery-slot", salt=b64d(kdf["salt"]))


def strong_kdf(params: dict | None = None) -> dict:
    """Settings for a new passphrase slot: the defaults, or stronger where `params` asks for more."""
    kdf = dict(DEFAULT_KDF)
    for k in ("iterations", "memory_kib", "lanes"):
        try:
            kdf[k] = max(int(kdf[k]), min(int((params or {}).get(k, 0)), KDF_BOUNDS[k][1]))
        except (TypeError, ValueError):
            pass
    return kdf


def check_kdf(kdf: dict) -> None:
    """Refuse key-derivation settings outside sane bounds, with words (exit code 4)."""
    if kdf.get("name") != "argon2id":
        raise VaultCorrupt("error.vault_header")
    for k, (lo, hi) in KDF_BOUNDS.items():
        v = kdf.get(k)
        if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
            raise VaultCorrupt("error.kdf_out_of_bounds")
    if kdf["memory_kib"] < 8 * kdf["lanes"]:
        raise VaultCorrupt("error.kdf_out_of_bounds")


def passphrase_slot(vault_id: str, master: bytes, passphrase: str, kdf_params: dict | None = None) -> dict:
    """A passphrase slot. `kdf_params` is for tests and benchmarks that need a cheap vault; every
    slot made for a person (init, passwd, rekey) goes through `strong_kdf`."""
    kdf = dict(kdf_params or DEFAULT_KDF)
    check_kdf({**kdf, "salt": ""})
    kdf["salt"] = b64e(_crypto.random_bytes(16))
    kek = _passphrase_kek(passphrase, kdf)
    wrapped = _crypto.RecordBox(kek).seal(master, _slot_aad(vault_id, "passphrase"))
    return {"type": "passphrase", "kdf": kdf, "wrapped_key": b64e(wrapped)}


def recovery_slot(vault_id: str, master: bytes, raw: bytes) -> dict:
    kdf = {"name": "hkdf-sha256", "salt": b64e(_crypto.random_bytes(16))}
    kek = _recovery_kek(raw, kdf)
    wrapped = _crypto.RecordBox(kek).seal(master, _slot_aad(vault_id, "recovery"))
    return {"type": "recovery", "kdf": kdf, "wrapped_key": b64e(wrapped)}


def check_header(header: dict) -> None:
    if not isinstance(header, dict) or header.get("format") != HEADER_FORMAT:
        raise VaultCorrupt("error.vault_header")
    version = header.get("version")
    if not isinstance(version, int):
        raise VaultCorrupt("error.vault_header")
    if version > FORMAT_VERSION:
        raise VaultCorrupt("error.vault_newer", version=version)
    if version not in READABLE_VERSIONS:
        raise VaultCorrupt("error.vault_header")
    data_folder(header)


def data_folder(header: dict) -> str:
    """The folder (inside the vault) holding records, log and objects: "." or a key generation's
    `g-<16 hex>` after a key change."""
    folder = header.get("data", ".")
    if folder != "." and not (isinstance(folder, str) and _DATA_FOLDER.fullmatch(folder)):
        raise VaultCorrupt("error.vault_header")
    return folder


def unwrap(header: dict, *, passphrase: str | None = None, recovery_key: str | None = None) -> bytes:
    vault_id = header["vault_id"]
    for slot in header.get("slots", []):
        try:
            if passphrase is not None and slot["type"] == "passphrase":
                kek = _passphrase_kek(passphrase, slot["kdf"])
            elif recovery_key is not None and slot["type"] == "recovery":
                kek = _recovery_kek(parse_recovery_key(recovery_key), slot["kdf"])
            else:
                continue
            return _crypto.RecordBox(kek).open(b64d(slot["wrapped_key"]), _slot_aad(vault_id, slot["type"]))
        except _crypto.DecryptError:
            continue
        except (KeyError, ValueError, TypeError) as exc:
            raise VaultCorrupt("error.vault_header") from exc
    if recovery_key is not None:
        raise WrongPassphrase("error.wrong_recovery_key")
    raise WrongPassphrase()


@dataclass
class Subkeys:
    object_key: bytes
    name_key: bytes
    record_key: bytes
    custody_mac_key: bytes
    signing_seed: bytes
    id_key: bytes
    location_key: bytes
    pdf_signing_seed: bytes      # the ECDSA P-256 key that signs exported PDFs (docs/vault-format.md)

    @classmethod
    def derive(cls, master: bytes) -> "Subkeys":
        def k(label: str) -> bytes:
            return _crypto.hkdf(master, f"evidence-kit/v1/{label}".encode())
        return cls(object_key=k("object-encryption"), name_key=k("object-names"),
                   record_key=k("records"), custody_mac_key=k("custody-mac"),
                   signing_seed=k("signing-ed25519"), id_key=k("item-ids"),
                   location_key=k("object-locations"), pdf_signing_seed=k("signing-p256"))


def new_master_key() -> bytes:
    return _crypto.random_bytes(32)


def new_vault_id() -> str:
    return os.urandom(16).hex()
