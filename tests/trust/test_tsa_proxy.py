"""Time-stamp requests take the proxy in force: right after a capture through Tor, neither a DNS
lookup nor a POST to the authority may leave from her own address. The authority here has a name
only the proxy can resolve (tests/capture/proxies.py sends every host to it), so a request that
arrives went through the proxy, and the proxy's log says it was asked for that name."""

from __future__ import annotations

import io
import socket
import threading

import pytest

from evidence_kit import timestamps
from evidence_kit.importer import import_file
from capture.route import parse_proxy
from tests.capture.proxies import HttpProxy, SocksProxy
from tests.core.helpers import cli_env, run_cli

NAME = "tsa.evidence-kit.test"        # resolvable by no DNS server: only a proxy's remote lookup reaches it


def _import(vault, tmp_path, name="photo.txt"):
    p = tmp_path / name
    p.write_text("address of her home", "utf-8")
    return import_file(vault, p)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class DirectListener:
    """Counts every connection made to it (a direct request would be one)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while True:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            c.close()

    def close(self):
        self.sock.close()


@pytest.mark.parametrize("kind", ["socks5", "http"])
def test_requests_go_through_the_proxy_with_its_name_lookup(vault, tsa, tmp_path, monkeypatch, kind):
    url = f"http://{NAME}:{tsa.port}/tsr"
    with (SocksProxy if kind == "socks5" else HttpProxy)(tsa.port) as proxy:
        vault.set_setting("proxy", proxy.url)                 # the capture's setting (the app's Settings)
        item = _import(vault, tmp_path)
        rep = timestamps.stamp_pending(vault, tsas=[url])
        assert rep.stamped == [item.id], rep.to_dict()
        asked = proxy.log.entries
    assert asked and asked[0][1] == f"{NAME}:{tsa.port}"      # the proxy, not this computer, resolved the name
    assert tsa.requests == 1 and tsa.hosts == [f"{NAME}:{tsa.port}"]
    assert timestamps.status(vault.get(item.id), vault) == "stamped"


def test_https_authority_through_the_proxy_is_tls_end_to_end(vault, tsa, tmp_path):
    """An https:// authority: the proxy gets a tunnel, and the TLS handshake is with the authority
    (here the test TSA speaks plain HTTP, so the handshake fails, in words, and nothing is stamped)."""
    url = f"https://{NAME}:{tsa.port}/tsr"
    with SocksProxy(tsa.port) as proxy:
        vault.set_setting("proxy", proxy.url)
        item = _import(vault, tmp_path)
        rep = timestamps.stamp_pending(vault, tsas=[url])
        assert proxy.log.entries and proxy.log.entries[0][1] == f"{NAME}:{tsa.port}"
    assert rep.pending == [item.id] and rep.problems[url].key in ("ts.err.tls", "ts.err.unreachable")


def test_with_the_proxy_down_nothing_is_sent_directly(vault, tsa, tmp_path, monkeypatch):
    direct = DirectListener()
    try:
        monkeypatch.setenv("EVIDENCE_KIT_PROXY", f"socks5://127.0.0.1:{_free_port()}")   # nothing listens
        item = _import(vault, tmp_path)
        rep = timestamps.stamp_pending(vault, tsas=[tsa.url, f"http://127.0.0.1:{direct.port}/tsr"])
    finally:
        direct.close()
    assert rep.pending == [item.id] and rep.stamped == []
    assert tsa.requests == 0 and direct.connections == 0
    problem = rep.problems[tsa.url]
    assert problem.key == "ts.err.proxy" and "Nothing is sent directly" in problem.message()
    assert vault.get(item.id).stamps == []


def test_a_proxy_set_but_unusable_sends_nothing(vault, tsa, tmp_path):
    vault.set_setting("proxy", "socks5://127.0.0.1")          # no port: cannot be used
    item = _import(vault, tmp_path)
    rep = timestamps.stamp_pending(vault)
    assert rep.pending == [item.id] and tsa.requests == 0
    assert rep.problems["proxy"].key == "ts.err.proxy_bad"
    assert "nothing is sent directly" in rep.problems["proxy"].message()


def test_cli_stamp_through_the_proxy_and_pending_in_words_when_it_is_down(tmp_path, tsa):
    url = f"http://{NAME}:{tsa.port}/tsr"
    env = cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "v", EVIDENCE_KIT_PASSPHRASE="pass word",
                  EVIDENCE_KIT_TSA=url, EVIDENCE_KIT_TSA_CA=tsa.ca_pem, HOME=tmp_path,
                  EVIDENCE_KIT_PROXY=f"socks5://127.0.0.1:{_free_port()}")
    assert run_cli(["init"], env).returncode == 0
    f = tmp_path / "post.txt"
    f.write_text("a post", "utf-8")
    r = run_cli(["import", f], env)
    assert r.returncode == 0 and "did not answer" in r.stderr and "Nothing is sent directly" in r.stderr
    r = run_cli(["stamp"], env)
    assert r.returncode == 1 and "no trusted time: EK-0001" in r.stderr and "did not answer" in r.stderr
    assert tsa.requests == 0
    with SocksProxy(tsa.port) as proxy:
        env["EVIDENCE_KIT_PROXY"] = proxy.url
        r = run_cli(["stamp"], env)
        assert r.returncode == 0, r.stdout + r.stderr
        assert proxy.log.entries[0][1] == f"{NAME}:{tsa.port}"
    assert tsa.requests == 1


def test_after_a_capture_the_captures_route_is_used(vault, tsa, tmp_path, monkeypatch):
    """`stamp_new_items` after `capture --proxy URL`: the items just sealed are stamped the way the
    capture went, even with no proxy in the settings."""
    from evidence_kit.cli import stamp_cmd

    url = f"http://{NAME}:{tsa.port}/tsr"
    monkeypatch.setenv("EVIDENCE_KIT_TSA", url)

    class Ctx:
        json = True
        _vault = vault
        items_at_open = 0

    with SocksProxy(tsa.port) as proxy:
        Ctx.route = (parse_proxy(proxy.url),)
        item = _import(vault, tmp_path)
        stamp_cmd.stamp_new_items(Ctx())
        assert proxy.log.entries and proxy.log.entries[0][1] == f"{NAME}:{tsa.port}"
    assert timestamps.status(vault.get(item.id), vault) == "stamped"


def _blank_pdf() -> bytes:
    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_pdf_signature_time_stamp_goes_through_the_proxy(vault, tsa, monkeypatch):
    from export import pdfsign

    url = f"http://{NAME}:{tsa.port}/tsr"
    with SocksProxy(tsa.port) as proxy:
        monkeypatch.setenv("EVIDENCE_KIT_PROXY", proxy.url)
        _, info = pdfsign.sign_pdf(vault, _blank_pdf(), reason="test", tsas=[url])
        assert proxy.log.entries and proxy.log.entries[0][1] == f"{NAME}:{tsa.port}"
    assert info["pades"] == "B-T" and info["timestamp"]["tsa"] == url
    # the proxy down: signed without a time, and nothing went to the authority directly
    monkeypatch.setenv("EVIDENCE_KIT_PROXY", f"socks5://127.0.0.1:{_free_port()}")
    asked = tsa.requests
    _, info = pdfsign.sign_pdf(vault, _blank_pdf(), reason="test", tsas=[tsa.url])
    assert info["pades"] == "B-B" and tsa.requests == asked
