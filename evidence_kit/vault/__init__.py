"""The encrypted evidence vault. See docs/vault-format.md."""

from ._crypto import verify_signature
from .keys import FORMAT_VERSION
from .vault import EVENTS, ItemDraft, Problem, Vault, VerifyReport, safe_name

__all__ = ["Vault", "ItemDraft", "VerifyReport", "Problem", "EVENTS", "FORMAT_VERSION",
           "verify_signature", "safe_name"]
