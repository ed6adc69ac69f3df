"""`evidence-kit fingerprint`: the vault's signing-key fingerprint, to be handed over on paper.

A bundle carries its own public key, so a fingerprint read from inside a bundle proves nothing:
anyone can make a vault and sign fabricated files. The recipient must compare the bundle's key
with a fingerprint obtained separately (`verify-bundle --expect-fingerprint HEX`). This prints
that fingerprint exactly as the README's openssl recipe computes it from `public-key.pem`:
SHA-256 of the raw 32-byte Ed25519 public key, lowercase hex.
"""

from __future__ import annotations

import re

from ..errors import BadInput
from ..i18n import tr

_HEX64 = re.compile(r"[0-9a-f]{64}")


def add_parser(add) -> None:
    add("fingerprint", "hd.help.fingerprint")


def grouped(fingerprint: str) -> str:
    """16 groups of 4 characters: easier to read aloud, copy by hand and compare on paper."""
    return " ".join(fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as a person may write it (spaces, colons, capitals) -> 64 lowercase hex,
    or BadInput (exit 2) saying what a fingerprint looks like."""
    compact = re.sub(r"[\s:\-]", "", text or "").lower()
    if not _HEX64.fullmatch(compact):
        raise BadInput("hd.error.bad_fingerprint", value=text)
    return compact


def cmd_fingerprint(ctx) -> int:
    vault = ctx.open_vault(writable=False)
    fp = vault.fingerprint
    if ctx.json:
        ctx.print_json({"fingerprint": fp, "grouped": grouped(fp), "vault": str(vault.path)})
    else:
        ctx.out(fp)
        ctx.err(tr("hd.fingerprint.advice", grouped=grouped(fp)))
    return 0


COMMANDS = {"fingerprint": cmd_fingerprint}
