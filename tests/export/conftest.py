"""Fixtures for export tests: one vault per module with real captures of the local test site,
synthetic captures of platform addresses, imported files, and a sensitive picture."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF

from .helpers import CASE_TG, IG_RECORD, TG_PHOTO, TG_RECORD, add_capture, photo_jpeg, post_png, secret_png

TOOLS = ("pdftotext", "pdffonts", "pdfinfo", "qpdf", "openssl", "sha256sum")


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session", autouse=True)
def _tools():
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        if _in_ci():
            pytest.fail(f"export tests need {missing} (poppler-utils, qpdf, openssl) in CI")
        pytest.skip(f"missing tools: {missing}")


def run(*cmd, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=120)


class Evidence:
    """The module's vault and what was put in it."""

    def __init__(self, vault, root: Path):
        self.vault = vault
        self.root = root
        self.captured = []       # items from the local site
        self.synthetic = {}      # name -> item
        self.imported = []

    @property
    def items(self):
        return self.vault.items(case=CASE_TG)


@pytest.fixture(scope="module")
def ev(tmp_path_factory):
    from evidence_kit.importer import import_file
    from evidence_kit.vault import Vault

    root = tmp_path_factory.mktemp("exportvault")
    vault, _ = Vault.create(root / "vault", "pass phrase", kdf=FAST_KDF, collector="Зарина Раҳимова")
    e = Evidence(vault, root)
    e.synthetic["telegram"] = add_capture(
        vault, case=CASE_TG, url="https://t.me/s/leaks_dushanbe/123", title="Leaks Dushanbe — пост 123",
        png=post_png(1280, 2600, seed=1), abuse=["home_address", "phone_number"],
        metadata={"platform": TG_RECORD},
        media=[(TG_PHOTO, photo_jpeg(seed=3), "image/jpeg", "https://cdn4.telesco.pe/file/leak-photo.jpg")])
    e.synthetic["instagram"] = add_capture(
        vault, case=CASE_TG, url="https://www.instagram.com/p/CxYz123AbC/", title="Instagram: фото",
        png=secret_png(), sensitive=True, abuse=["intimate_image"], metadata={"platform": IG_RECORD},
        media=[("media-001-photo.png", secret_png(), "image/png", "https://scontent.cdninstagram.com/v/photo.png")])
    e.synthetic["youtube"] = add_capture(
        vault, case=CASE_TG, url="https://youtu.be/dQw4w9WgXcQ", final_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        title="Видео бо таҳдид", png=post_png(1280, 1100, seed=5), abuse=["threats"])
    photo = root / "акс аз телефон.png"
    photo.write_bytes(post_png(720, 1500, seed=7, title="WhatsApp"))
    note = root / "chat-export.txt"
    note.write_text("12.11.2026 22:14 — номаълум: суроғаатро ҳама медонанд\n", "utf-8")
    e.imported = [import_file(vault, photo, case=CASE_TG), import_file(vault, note, case=CASE_TG)]
    # another case: must not leak into this case's documents
    add_capture(vault, case="Другое дело", url="https://vk.com/wall-1_2", title="OTHER-CASE-SECRET",
                png=post_png(600, 600, seed=9))
    # real captures of the local test site
    from evidence_kit.errors import BrowserNotFound

    try:
        from capture import CaptureOptions, CaptureService, find_browser

        info = find_browser()
    except BrowserNotFound:
        if _in_ci():
            pytest.fail("No Chromium-family browser in CI: export tests use real captures.")
        info = None
    if info is not None:
        from tests.site.server import serve

        from tests.site.tls import server_context

        # plain pages, a consent banner, a page over HTTPS (a certificate this computer does not
        # trust) and an address where nothing answers: every kind of metadata a dossier shows
        with serve() as site, serve(tls=server_context(root)) as tls_site:
            opts = CaptureOptions()
            with CaptureService(vault, opts, browser=info) as service:
                urls = [site.url(p) for p in ("/post", "/s/channel", "/redirect/1", "/consent")]
                urls += [tls_site.url("/post-short"), site.refused_url()]
                futs = [service.submit(u, case=CASE_TG) for u in urls]
                e.captured = [f.result(timeout=opts.total_timeout + 60).item for f in futs]
    yield e
    vault.close()
