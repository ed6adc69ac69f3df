"""Local proxies for tests: an HTTP proxy (absolute-URL requests and CONNECT tunnels) and a SOCKS5
proxy, both on 127.0.0.1. Every host name is sent to the local test site, so made-up hosts
(`http://leak.test/post`) can only be reached through the proxy: a capture that works proves its
requests went through it. Each proxy logs what it was asked, and for plain HTTP inside a tunnel
also the request line, so a test can list every request that passed.
"""

from __future__ import annotations

import select
import socket
import socketserver
import struct
import threading

TLS_PORTS = (443, 8443)


class _Log:
    def __init__(self):
        self.entries: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def add(self, kind: str, what: str) -> None:
        with self._lock:
            self.entries.append((kind, what))

    def urls(self) -> list[str]:
        """Every plain-HTTP URL asked for (directly or inside a tunnel)."""
        with self._lock:
            return [w for k, w in self.entries if k == "http"]

    def tunnels(self) -> list[str]:
        with self._lock:
            return [w for k, w in self.entries if k == "tunnel"]


def _relay(a: socket.socket, b: socket.socket, first: bytes = b"") -> None:
    if first:
        b.sendall(first)
    socks = [a, b]
    try:
        while True:
            r, _, _ = select.select(socks, [], [], 30)
            if not r:
                return
            for s in r:
                data = s.recv(65536)
                if not data:
                    return
                (b if s is a else a).sendall(data)
    except OSError:
        return


def _request_line(data: bytes) -> tuple[str, str] | None:
    """("GET", "/path") when `data` starts an HTTP/1.x request."""
    line = data.split(b"\r\n", 1)[0].decode("latin-1", "replace")
    parts = line.split(" ")
    if len(parts) == 3 and parts[2].startswith("HTTP/") and parts[0].isalpha():
        return parts[0], parts[1]
    return None


class _Base(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, site_port: int, tls_port: int | None, handler):
        super().__init__(("127.0.0.1", 0), handler)
        self.site_port = site_port
        self.tls_port = tls_port
        self.log = _Log()
        self.port = self.server_address[1]
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()

    def target(self, port: int) -> tuple[str, int]:
        return "127.0.0.1", (self.tls_port if port in TLS_PORTS and self.tls_port else self.site_port)

    def tunnel(self, client: socket.socket, host: str, port: int) -> socket.socket | None:
        try:
            upstream = socket.create_connection(self.target(port), timeout=10)
        except OSError:
            return None
        self.log.add("tunnel", f"{host}:{port}")
        return upstream

    def pipe(self, client: socket.socket, upstream: socket.socket, host: str, port: int) -> None:
        client.settimeout(30)
        try:
            first = client.recv(65536)
        except OSError:
            first = b""
        req = _request_line(first) if first else None
        if req is not None:
            self.log.add("http", f"http://{host}{'' if port == 80 else f':{port}'}{req[1]}")
        _relay(client, upstream, first)
        upstream.close()

    def close(self) -> None:
        self.shutdown()
        self.server_close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _HttpHandler(socketserver.StreamRequestHandler):
    def handle(self):
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.connection.recv(65536)
            if not chunk:
                return
            head += chunk
        header, _, rest = head.partition(b"\r\n\r\n")
        lines = header.decode("latin-1").split("\r\n")
        method, target, version = lines[0].split(" ", 2)
        srv: HttpProxy = self.server          # type: ignore[assignment]
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            upstream = srv.tunnel(self.connection, host, int(port))
            if not upstream:
                self.connection.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                return
            self.connection.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            srv.pipe(self.connection, upstream, host.strip("[]"), int(port))
            return
        if not target.startswith("http://"):
            self.connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            return
        srv.log.add("http", target)
        hostport, _, path = target[len("http://"):].partition("/")
        headers = [h for h in lines[1:] if not h.lower().startswith(("proxy-connection:", "connection:"))]
        request = (f"{method} /{path} {version}\r\n" + "\r\n".join(headers + ["Connection: close"])
                   + "\r\n\r\n").encode("latin-1") + rest
        port = int(hostport.rpartition(":")[2]) if ":" in hostport else 80
        with socket.create_connection(srv.target(port), timeout=10) as upstream:
            upstream.sendall(request)
            _relay(upstream, self.connection)


class HttpProxy(_Base):
    def __init__(self, site_port: int, tls_port: int | None = None):
        super().__init__(site_port, tls_port, _HttpHandler)
        self.url = f"http://127.0.0.1:{self.port}"


class _SocksHandler(socketserver.BaseRequestHandler):
    def handle(self):
        c = self.request
        c.settimeout(10)

        def exactly(n):
            buf = b""
            while len(buf) < n:
                part = c.recv(n - len(buf))
                if not part:
                    raise ConnectionError
                buf += part
            return buf
        try:
            ver, n = exactly(2)
            methods = exactly(n)
            if ver != 5 or 0 not in methods:
                c.sendall(b"\x05\xff")
                return
            c.sendall(b"\x05\x00")
            ver, cmd, _, atyp = exactly(4)
            if atyp == 1:
                host = socket.inet_ntoa(exactly(4))
            elif atyp == 3:
                host = exactly(exactly(1)[0]).decode()
            else:
                host = socket.inet_ntop(socket.AF_INET6, exactly(16))
            port = struct.unpack(">H", exactly(2))[0]
        except (ConnectionError, OSError, ValueError):
            return
        srv: SocksProxy = self.server        # type: ignore[assignment]
        srv.log.add("socks", f"{host}:{port}")
        upstream = srv.tunnel(c, host, port) if cmd == 1 else None
        if not upstream:
            c.sendall(b"\x05\x04\x00\x01" + b"\x00" * 6)      # host unreachable
            return
        c.sendall(b"\x05\x00\x00\x01" + socket.inet_aton("127.0.0.1") + struct.pack(">H", srv.port))
        srv.pipe(c, upstream, host, port)


class SocksProxy(_Base):
    def __init__(self, site_port: int, tls_port: int | None = None):
        super().__init__(site_port, tls_port, _SocksHandler)
        self.url = f"socks5://127.0.0.1:{self.port}"
