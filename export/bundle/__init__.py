"""The verification bundle: a ZIP anyone can check with stock tools, and the check of it.

    exhibits/EK-0001/<file>   the sealed originals, byte-identical to the vault
    manifest.json             items, metadata, every file with its SHA-256, the court PDF's hash
    custody-log.jsonl         the custody log, one entry a line, with its hash chain
    court-dossier-<id>.pdf    the court dossier
    VERIFY.txt                how to check all this, in the chosen language
    public-key.pem            the vault's Ed25519 public key
    SHA256SUMS                `sha256sum -c` lines for every file above
    SHA256SUMS.sig            Ed25519 signature of SHA256SUMS (`openssl pkeyutl -verify -rawin`)

and what anchors it outside the vault (trust.py: time stamps, the PDF signing certificate, each
captured page as a WACZ).

`write` makes it, `verify` checks it; `trust` adds the trusted-time files and checks them, `wacz`
packs a captured page for replay tools, `redact` takes login secrets out of a WARC's copy.
"""

from __future__ import annotations

from .verify import BundleProblem, BundleReport, verify_bundle
from .write import write_bundle

__all__ = ["BundleProblem", "BundleReport", "verify_bundle", "write_bundle"]
