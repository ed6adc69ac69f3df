"""The export's two anchors outside the vault, run by `_run.run_export`: a trusted time for the
custody log's head before the items are read, and a PAdES signature on every PDF made."""

from __future__ import annotations

from evidence_kit import timestamps
from evidence_kit.i18n import tr

from . import pdfsign


def stamp_head(vault, sel) -> dict | None:
    """Time-stamp the custody log's newest entry (bounded wait; None when no authority answers).
    The selection's copy of the log is read again so that it holds the new `log_stamped` entry."""
    head = timestamps.stamp_head(vault)
    if head is not None:
        sel.log = vault.custody_log()
    return head


def sign(vault, pdf: bytes, kind: str, lang: str) -> tuple[bytes, dict]:
    reason = tr("ex.sign.reason_" + kind, lang)
    return pdfsign.sign_pdf(vault, pdf, reason=reason)


def details(signature: dict | None, head: dict | None) -> dict:
    """What the `exported` custody entry records about them."""
    out: dict = {}
    if signature:
        ts = signature.get("timestamp") or {}
        out["pdf_signature"] = {"pades": signature["pades"], "certificate_sha256": signature["certificate_sha256"],
                                "tsa": ts.get("tsa"), "gen_time": ts.get("gen_time")}
    if head:
        out["custody_head_stamp"] = {"seq": head["seq"], "tsa": head["tsa"], "gen_time": head["gen_time"]}
    return out
