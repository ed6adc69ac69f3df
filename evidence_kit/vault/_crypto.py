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
    """Argon2id (RFC 9106, version 0x13). libargon2 (argon2-cffi) fills the lanes in parallel
    threads, one per lane; cryptography's Argon2id fills them one after the other, so on a
    computer with two cores or more the same key comes out in about half the time (the unlock
    of every command and of the app). Both give the same bytes (tests/core/test_vault.py)."""
    try:
        from argon2.exceptions import HashingError
        from argon2.low_level import Type, hash_secret_raw
    except ImportError:     # not installed: the same key, computed lane after lane
        return Argon2id(salt=salt, length=KEY_LEN, iterations=iterations, lanes=lanes,
                        memory_cost=memory_kib).derive(secret)
    try:
        return hash_secret_raw(secret, salt, time_cost=iterations, memory_cost=memory_kib,
                               parallelism=lanes, hash_len=KEY_LEN, type=Type.ID, version=19)
    except HashingError as exc:
        if "memory" in str(exc).lower():
            raise MemoryError(str(exc)) from None
        raise


def argon2id_sequential(secret: bytes, salt: bytes, *, iterations: int, memory_kib: int,
                        lanes: int) -> bytes:
    """The same derivation by cryptography alone (for the test that both agree)."""
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
        nonce, sealed = self.seal_parts(plaintext, aad)
        return nonce + sealed

    def seal_parts(self, plaintext, aad: bytes) -> tuple[bytes, bytes]:
        """(nonce, ciphertext || tag): what `seal` joins, for a caller that writes them apart
        rather than copy a large block once more."""
        nonce = os.urandom(NONCE_LEN)
        return nonce, self._aead.encrypt(nonce, plaintext, aad)

    def open(self, blob: bytes, aad: bytes) -> bytes:
        if len(blob) < NONCE_LEN + TAG_LEN:
            raise DecryptError("record too short")
        view = memoryview(blob)
        try:
            return self._aead.decrypt(view[:NONCE_LEN], view[NONCE_LEN:], aad)
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

    def certificate_chain(self, leaf: "P256Signer", root_names: list[tuple[str, str]],
                          leaf_names: list[tuple[str, str]], *, not_before, not_after) -> tuple[bytes, bytes]:
        """(leaf, root), both X.509 DER, that tie `leaf`'s key to this one:

        root: self-signed, for THIS Ed25519 key (whose SHA-256 is the vault's fingerprint), a CA
              that may sign certificates only (key usage keyCertSign, path length 0);
        leaf: for `leaf`'s P-256 key, issued and signed by this key, for document signatures
              (digitalSignature, nonRepudiation; not a CA).
        A certificate that checks under this key can only have been made here: this key signs
        nothing else but the vault's own SHA256SUMS lists (text, never a DER structure). Names are
        (attribute, value) pairs: "CN", "O", "OU", "serialNumber"; serial numbers come from the
        names and the key, so the same vault always makes the same root."""
        from cryptography import x509

        root_name, leaf_name = _x509_name(root_names), _x509_name(leaf_names)
        leaf_public = leaf._key.public_key()
        root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
                .public_key(self._public).serial_number(_serial(root_name, self.public_key_raw()))
                .not_valid_before(not_before).not_valid_after(not_after)
                .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                .add_extension(_key_usage(key_cert_sign=True), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(self._public), critical=False)
                .sign(self._key, None))
        cert = (x509.CertificateBuilder().subject_name(leaf_name).issuer_name(root_name)
                .public_key(leaf_public).serial_number(_serial(leaf_name, leaf.public_key_der()))
                .not_valid_before(not_before).not_valid_after(not_after)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(_key_usage(digital_signature=True, content_commitment=True), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(leaf_public), critical=False)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self._public),
                               critical=False)
                .sign(self._key, None))
        der = serialization.Encoding.DER
        return cert.public_bytes(der), root.public_bytes(der)


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


# ----------------------------------------------------------------------------- signatures of others
_HASHES = {"sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256,
           "sha384": hashes.SHA384, "sha512": hashes.SHA512}


def verify_certificate_signature(public_key_der: bytes, data: bytes, signature: bytes, *, scheme: str,
                                 hash_name: str, pss_salt_length: int | None = None) -> bool:
    """True when `signature` over `data` checks with the public key (DER SubjectPublicKeyInfo).

    `scheme` is how the signer used the key: "ecdsa", "rsassa_pkcs1v15" or "rsassa_pss" (as in a
    CMS SignerInfo, e.g. an RFC 3161 time-stamp token). Anything else is refused (False)."""
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    algo = _HASHES.get(hash_name)
    if algo is None:
        return False
    try:
        key = serialization.load_der_public_key(public_key_der)
        if scheme == "ecdsa" and isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(algo()))
        elif scheme == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), algo())
        elif scheme == "rsassa_pss" and isinstance(key, rsa.RSAPublicKey):
            salt = padding.PSS.AUTO if pss_salt_length is None else pss_salt_length
            key.verify(signature, data, padding.PSS(mgf=padding.MGF1(algo()), salt_length=salt), algo())
        else:
            return False
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


# ----------------------------------------------------------------------------- the PDF signing key
class P256Signer:
    """The vault's ECDSA P-256 key for signing exported PDFs, derived deterministically from a
    32-byte seed: the private scalar is HKDF(seed, "evidence-kit/v1/p256-scalar", 48 bytes) as a
    big-endian integer, reduced to 1 … n-1 (48 bytes make the bias negligible, as in FIPS 186-5
    A.2.1). The key never leaves this object; callers get signatures and its public key. Its
    certificate is issued by the vault's Ed25519 key (`Signer.certificate_chain`), so that a PDF
    signature leads to the vault's fingerprint."""

    def __init__(self, seed: bytes):
        from cryptography.hazmat.primitives.asymmetric import ec

        n = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551   # order of P-256
        raw = int.from_bytes(hkdf(seed, b"evidence-kit/v1/p256-scalar", length=48), "big")
        self._key = ec.derive_private_key(raw % (n - 1) + 1, ec.SECP256R1())
        self._ec = ec

    def sign(self, data: bytes, hash_name: str = "sha256") -> bytes:
        """A DER-encoded ECDSA signature (the form CMS and X.509 use)."""
        return self._key.sign(data, self._ec.ECDSA(_HASHES[hash_name]()))

    def public_key_der(self) -> bytes:
        return self._key.public_key().public_bytes(serialization.Encoding.DER,
                                                   serialization.PublicFormat.SubjectPublicKeyInfo)


# ----------------------------------------------------------------------------- certificates
def _x509_name(attributes: list[tuple[str, str]]):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    oids = {"CN": NameOID.COMMON_NAME, "O": NameOID.ORGANIZATION_NAME,
            "OU": NameOID.ORGANIZATIONAL_UNIT_NAME, "serialNumber": NameOID.SERIAL_NUMBER}
    return x509.Name([x509.NameAttribute(oids[k], v) for k, v in attributes])


def _serial(name, public_key: bytes) -> int:
    """A positive serial number of 63 bits from the subject and its key (the same on every export)."""
    digest = hashlib.sha256(name.public_bytes() + public_key).digest()
    return (int.from_bytes(digest[:8], "big") >> 1) or 1


def _key_usage(**allowed):
    from cryptography import x509

    names = ("digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
             "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only")
    return x509.KeyUsage(**{n: bool(allowed.get(n)) for n in names})
