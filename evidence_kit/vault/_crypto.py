"""The only module that touches `cryptography.hazmat`.

The rest of Evidence Kit never sees a nonce: it asks to seal or open a small record (`RecordBox`),
to stream an object through fixed-size authenticated chunks (`ChunkCipher`), to derive keys, and
to sign or check a signature. See docs/vault-format.md for the exact constructions.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_LEN = 32
NONCE_LEN = 12
TAG_LEN = 16


class DecryptError(Exception):
    """Authentication failed: wrong key, or the bytes were changed, cut short or moved."""


def random_bytes(n: int) -> bytes:
    return os.urandom(n)


def argon2id(secret: bytes, salt: bytes, *, iterations: int, memory_kib: int, lanes: int) -> bytes:
    return Argon2id(salt=salt, length=KEY_LEN, iterations=iterations, lanes=lanes,
                    memory_cost=memory_kib).derive(secret)


def hkdf(ikm: bytes, info: bytes, *, salt: bytes | None = None, length: int = KEY_LEN) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


def hmac_sha256(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def constant_time_equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


class RecordBox:
    """AES-256-GCM with a random 96-bit nonce for small records: nonce || ciphertext || tag."""

    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, plaintext, aad)

    def open(self, blob: bytes, aad: bytes) -> bytes:
        if len(blob) < NONCE_LEN + TAG_LEN:
            raise DecryptError("record too short")
        try:
            return self._aead.decrypt(blob[:NONCE_LEN], blob[NONCE_LEN:], aad)
        except InvalidTag as exc:
            raise DecryptError("record failed authentication") from exc


class ChunkCipher:
    """STREAM-style chunked AEAD for one object (after age's STREAM construction).

    The object key is HKDF(object master key, salt=per-object random salt). Chunk i is sealed with
    AES-256-GCM under nonce = i as 11 big-endian bytes || last-chunk flag (0x00 or 0x01), so
    chunks cannot be reordered, dropped from the end or replayed into another object.
    """

    def __init__(self, object_master_key: bytes, salt: bytes):
        self._aead = AESGCM(hkdf(object_master_key, b"evidence-kit/v1/object-chunk-key", salt=salt))

    @staticmethod
    def _nonce(index: int, last: bool) -> bytes:
        return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")

    def encrypt(self, index: int, last: bool, plaintext: bytes, aad: bytes) -> bytes:
        return self._aead.encrypt(self._nonce(index, last), plaintext, aad)

    def decrypt(self, index: int, last: bool, ciphertext: bytes, aad: bytes) -> bytes:
        try:
            return self._aead.decrypt(self._nonce(index, last), ciphertext, aad)
        except InvalidTag as exc:
            raise DecryptError(f"chunk {index} failed authentication") from exc


class Signer:
    """Ed25519 key derived deterministically from a 32-byte seed (the vault keeps only the seed's source)."""

    def __init__(self, seed: bytes):
        self._key = Ed25519PrivateKey.from_private_bytes(seed)
        self._public = self._key.public_key()

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data)

    def public_key_raw(self) -> bytes:
        return self._public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def public_key_pem(self) -> bytes:
        return self._public.public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def verify_signature(public_key_pem: bytes, data: bytes, signature: bytes) -> bool:
    """True when `signature` is a valid Ed25519 signature of `data` by the PEM public key."""
    try:
        key = serialization.load_pem_public_key(public_key_pem)
    except (ValueError, TypeError):
        return False
    if not isinstance(key, Ed25519PublicKey):
        return False
    try:
        key.verify(signature, data)
        return True
    except InvalidSignature:
        return False
