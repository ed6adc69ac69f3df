"""Chat exports in the court dossier (export/court_chat.py): each chat's transcript, the words for
marked messages in the custody tables, and a paragraph of the methodology."""

from __future__ import annotations

from .. import court_chat
from . import hooks

hooks.exhibit_section(court_chat.transcript)
hooks.event_text("messages_marked", court_chat.mark_event_text)
hooks.method_section(court_chat.method)
