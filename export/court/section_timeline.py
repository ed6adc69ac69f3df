"""Watched addresses in the court dossier (export/court_timeline.py): Appendix G, a timeline per
watched address, in dossiers that hold runs of a watch."""

from __future__ import annotations

from .. import court_timeline
from . import hooks

hooks.appendix(court_timeline.TITLE_KEY, court_timeline.appendix, when=court_timeline.has_timeline)
