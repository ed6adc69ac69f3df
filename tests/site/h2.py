"""A small HTTPS site that speaks HTTP/2 (hypercorn, ALPN h2), for tests that check the protocol
recorded is the one actually used.

    with serve_h2(tmp_path) as site:
        site.url("/")          # https://127.0.0.1:PORT/  (self-signed certificate, tests/site/tls.py)

Pages: "/" (HTML with a picture), "/pic.png".
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from pathlib import Path

from . import server as S
from .tls import server_context

PIC = S.noisy_png(120, 90, 42)
PAGE = (b"<!doctype html><html><head><meta charset='utf-8'><title>h2 page</title></head>"
        b"<body><h1>Over HTTP/2</h1><img src='/pic.png'></body></html>")


async def _app(scope, receive, send):
    if scope["type"] != "http":
        return
    body, ctype = (PIC, b"image/png") if scope["path"] == "/pic.png" else (PAGE, b"text/html; charset=utf-8")
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class H2Site:
    def __init__(self, folder: Path):
        from hypercorn.asyncio import serve
        from hypercorn.config import Config

        server_context(folder)             # writes site.crt and site.key there
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        cfg = Config()
        cfg.bind = [f"127.0.0.1:{self.port}"]
        cfg.certfile, cfg.keyfile = str(folder / "site.crt"), str(folder / "site.key")
        cfg.alpn_protocols = ["h2", "http/1.1"]
        cfg.accesslog = cfg.errorlog = None
        self.cert_pem = (folder / "site.crt").read_bytes()
        self.base = f"https://127.0.0.1:{self.port}"
        self._loop = asyncio.new_event_loop()
        self._stop = asyncio.Event()
        started = threading.Event()

        async def main():
            self._stop = asyncio.Event()
            started.set()
            await serve(_app, cfg, shutdown_trigger=self._stop.wait)

        self._thread = threading.Thread(target=self._loop.run_until_complete, args=(main(),), daemon=True)
        self._thread.start()
        started.wait(10)
        for _ in range(100):                # until it accepts connections
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                break
            except OSError:
                threading.Event().wait(0.05)

    def url(self, path: str = "/") -> str:
        return self.base + path

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


@contextlib.contextmanager
def serve_h2(folder: Path):
    site = H2Site(Path(folder))
    try:
        yield site
    finally:
        site.close()
