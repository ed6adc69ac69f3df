"""Pages for the hardening tests: a page whose answer waits until the test lets it go.

    /harden/hold/TOKEN     answers only after `release(TOKEN)` (or after 120 s); `arrived(TOKEN)`
                           is an Event set when the browser has asked for it — so a test can look
                           at the running driver and browser processes while a capture is under way.
"""

from __future__ import annotations

import threading

from . import server

_holds: dict[str, tuple[threading.Event, threading.Event]] = {}
_lock = threading.Lock()


def _events(token: str) -> tuple[threading.Event, threading.Event]:
    with _lock:
        return _holds.setdefault(token, (threading.Event(), threading.Event()))


def arrived(token: str) -> threading.Event:
    return _events(token)[0]


def release(token: str) -> None:
    _events(token)[1].set()


def _hold(handler, path: str, query) -> None:
    token = path.rsplit("/", 1)[-1]
    came, go = _events(token)
    came.set()
    go.wait(120)
    handler._html(server._page(f"Held {token}", f"<div class='post'><h1>Held {token}</h1>"
                                                 "<p>Ин саҳифа интизор буд.</p></div>"))


server.register("/harden/hold/", _hold)
