"""A local RFC 3161 time-stamping authority for the tests: `openssl ts -reply` behind an HTTP handler.

    from tests.trust.tsa import TestTSA
    with TestTSA(tmp_path) as tsa:
        tsa.url                  # http://127.0.0.1:PORT/tsr
        tsa.ca_pem               # the throwaway root to verify tokens with (`openssl ts -verify -CAfile`)
        tsa.mode = "wrong_imprint" | "wrong_nonce" | "error500" | "rejection" | "garbage" | "ok"
        tsa.requests             # how many time-stamp queries arrived
        tsa.hosts                # the Host header of each (a name only a proxy could resolve shows here)

A throwaway CA signs a TSA certificate whose extendedKeyUsage is critical,timeStamping, as a public
TSA's is. The modes let a test make the authority misbehave in the ways a client must refuse.
Nothing trusts that CA unless a test says so (EVIDENCE_KIT_TSA_CA, or `settings --tsa-ca`): its
tokens are what a forger's would be. `make_authority(folder, not_a_ca=True)` puts a certificate
that may not issue certificates (CA:FALSE) between the root and the TSA certificate.
"""

from __future__ import annotations

import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from asn1crypto import tsp

CNF = """\
[ tsa ]
default_tsa = tsa_config1

[ tsa_config1 ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.pem
certs = $dir/ca.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
other_policies = 1.3.6.1.4.1.99999.2
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256

[ v3_tsa ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ v3_ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash

[ v3_not_ca ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyCertSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""


def _run(*args, cwd: Path) -> None:
    subprocess.run(list(args), cwd=cwd, check=True, capture_output=True, timeout=60)


def make_authority(folder: Path, *, not_a_ca: bool = False) -> Path:
    """A throwaway CA and TSA certificate in `folder` (made once; reused when already there)."""
    folder.mkdir(parents=True, exist_ok=True)
    if (folder / "tsa.pem").exists():
        return folder
    cnf = CNF.format(dir=folder)
    if not_a_ca:          # the token carries the whole chain: root, the certificate that is no CA
        cnf = cnf.replace("certs = $dir/ca.pem", "certs = $dir/chain.pem")
    (folder / "ts.cnf").write_text(cnf)
    (folder / "serial").write_text("01\n")
    _run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
         "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650", "-subj", "/CN=Evidence Kit Test Root CA",
         "-config", "ts.cnf", "-extensions", "v3_ca", cwd=folder)
    issuer = "ca"
    if not_a_ca:
        _run("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
             "-keyout", "mid.key", "-out", "mid.csr", "-subj", "/CN=Not A CA/O=Tests", cwd=folder)
        _run("openssl", "x509", "-req", "-in", "mid.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-set_serial", "3", "-days", "3650", "-out", "mid.pem", "-extfile", "ts.cnf",
             "-extensions", "v3_not_ca", cwd=folder)
        (folder / "chain.pem").write_bytes((folder / "mid.pem").read_bytes() + (folder / "ca.pem").read_bytes())
        issuer = "mid"
    _run("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
         "-keyout", "tsa.key", "-out", "tsa.csr", "-subj", "/CN=Evidence Kit Test TSA/O=Tests", cwd=folder)
    _run("openssl", "x509", "-req", "-in", "tsa.csr", "-CA", f"{issuer}.pem", "-CAkey", f"{issuer}.key",
         "-set_serial", "2", "-days", "3650", "-out", "tsa.pem", "-extfile", "ts.cnf",
         "-extensions", "v3_tsa", cwd=folder)
    return folder


def _tamper(query: bytes, mode: str) -> bytes:
    """The query as a misbehaving authority would answer it: another hash, or another nonce."""
    q = tsp.TimeStampReq.load(query)
    if mode == "wrong_imprint":
        imprint = q["message_imprint"]
        msg = bytearray(imprint["hashed_message"].native)
        msg[0] ^= 0xFF
        q = tsp.TimeStampReq({**{k: q[k] for k in ("version", "req_policy", "cert_req") if q[k].native is not None},
                              "message_imprint": {"hash_algorithm": imprint["hash_algorithm"],
                                                  "hashed_message": bytes(msg)},
                              "nonce": q["nonce"].native})
    elif mode == "wrong_nonce":
        q = tsp.TimeStampReq({**{k: q[k] for k in ("version", "req_policy", "cert_req") if q[k].native is not None},
                              "message_imprint": q["message_imprint"],
                              "nonce": (q["nonce"].native or 0) + 1})
    return q.dump()


class TestTSA:
    __test__ = False

    def __init__(self, folder: Path, *, not_a_ca: bool = False):
        self.folder = make_authority(Path(folder), not_a_ca=not_a_ca)
        self.ca_pem = self.folder / "ca.pem"
        self.mode = "ok"
        self.requests = 0
        self.hosts: list[str] = []
        self._lock = threading.Lock()
        tsa = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with tsa._lock:
                    tsa.hosts.append(self.headers.get("Host", ""))
                status, reply = tsa.answer(body, self.headers.get("Content-Type", ""))
                self.send_response(status)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/tsr"

    def answer(self, query: bytes, content_type: str) -> tuple[int, bytes]:
        with self._lock:
            self.requests += 1
            mode = self.mode
            if mode == "error500":
                return 500, b"busy"
            if mode == "garbage":
                return 200, b"\x30\x03\x02\x01\x00 not a reply"
            if content_type != "application/timestamp-query":
                return 400, b"wrong content type"
            if mode in ("wrong_imprint", "wrong_nonce"):
                query = _tamper(query, mode)
            qf, rf = self.folder / "query.tsq", self.folder / "reply.tsr"
            qf.write_bytes(query)
            rf.unlink(missing_ok=True)
            subprocess.run(["openssl", "ts", "-reply", "-config", "ts.cnf", "-queryfile", "query.tsq",
                            "-out", "reply.tsr"], cwd=self.folder, check=True, capture_output=True, timeout=60)
            reply = rf.read_bytes()
            if mode == "rejection":
                reply = bytes.fromhex("3005300302010" + "2")      # TimeStampResp{status: rejection}
            return 200, reply

    def __enter__(self) -> "TestTSA":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
