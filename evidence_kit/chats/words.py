"""Sentences about chats for people, in the language asked for (the app, the CLI, the dossier)."""

from __future__ import annotations

from ..i18n import tr


def kind_name(kind: str, lang: str | None = None) -> str:
    text = tr("chat.kind." + str(kind), lang)
    return str(kind).replace("_", " ") if text.startswith("chat.kind.") else text


def gap_text(gap: dict, lang: str | None = None) -> str:
    """A stored gap ({"key", "params"}) as a sentence, the kind of medium in words too."""
    if not isinstance(gap, dict):
        return str(gap)
    params = dict(gap.get("params") or {})
    if "kind" in params:
        params["kind"] = kind_name(params["kind"], lang)
    return tr(str(gap.get("key")), lang, **params)


def phone_time(message: dict, chat: dict, lang: str | None = None) -> str:
    """The time her phone showed for a message ("as written: 2026-11-20 15:01:07"), for a chat
    whose export wrote the phone's wall clock with no zone (WhatsApp): the UTC time was read from
    it in the zone she stated. "" for other chats, and for a message with no time."""
    if (chat or {}).get("platform") != "whatsapp" or not message.get("local"):
        return ""
    return tr("chatpdf.as_written", lang, local=str(message["local"]).replace("T", " "))
