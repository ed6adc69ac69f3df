"""Every word of the dossiers, the platform report, VERIFY.txt and the export commands, in
English, Russian and Tajik. Whole sentences with named fields; legal references only as
EVIDENCE-PRACTICE.md confirms them, everything else marked "to be confirmed by counsel".

One file per area of the documents; `M` is all of them together. A new feature puts its words
in a catalogue of its own (`export/messages_<feature>.py`) rather than here."""

from __future__ import annotations

from evidence_kit.i18n import messages as _core  # noqa: F401  (the core catalogue comes first)
from evidence_kit.i18n import register

from . import appendices, commands, dossier, fields, platform, screenshots, verify, volumes

M: dict[str, dict[str, str]] = {}
for _part in (commands, dossier, fields, screenshots, volumes, appendices, verify, platform):
    _dup = M.keys() & _part.M.keys()
    assert not _dup, _dup
    M.update(_part.M)

register(M)
