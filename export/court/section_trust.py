"""Trusted time and the PDF signature in the court dossier (export/court_trust.py): each exhibit's
trusted time in its details, and on the cover what the signature and the trusted time prove."""

from __future__ import annotations

from .. import court_trust
from . import hooks

hooks.cover_section(court_trust.cover)
hooks.metadata_row(court_trust.metadata_row)
