"""The name of the artifact kind added by issue 11 §4 (the page as the server sent it), for the
dossiers; core catalogue so that export finds it without importing capture."""

from __future__ import annotations

from . import register

M: dict[str, dict[str, str]] = {
    "court.role.served_html": {"en": "the page as the server sent it (HTML as received)",
                               "ru": "страница в том виде, как её отправил сервер (HTML как получен)",
                               "tg": "саҳифа ба шакле, ки сервер фиристод (HTML ҳамон тавре ки гирифта шуд)"},
}

register(M)
