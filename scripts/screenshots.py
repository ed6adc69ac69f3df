#!/usr/bin/env python3
"""Screenshots of the real app under Xvfb, for the README: docs/screenshots/*.png

    .venv/bin/python scripts/screenshots.py            (starts itself under xvfb-run if needed)

Everything happens in a throw-away folder: a demo vault with made-up posts (no real person), the
local test site (tests/site) for a real capture, and settings that never touch yours.
The pictures are taken of the app's own windows on a real X server (Qt's xcb platform), with the
bundled fonts, exactly as a person would see them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def _reexec_under_xvfb() -> None:
    if os.environ.get("EK_SCREENSHOTS_CHILD"):
        return
    xvfb = shutil.which("xvfb-run")
    if not xvfb:
        sys.exit("xvfb-run is needed (apt-get install xvfb xauth)")
    env = dict(os.environ, EK_SCREENSHOTS_CHILD="1", QT_QPA_PLATFORM="xcb")
    rc = subprocess.call([xvfb, "-a", "-s", "-screen 0 1440x900x24", sys.executable, __file__, *sys.argv[1:]],
                         env=env)
    sys.exit(rc)


def _demo_post_png(title: str, lines: list[str], colour: tuple[int, int, int], height: int = 1400) -> bytes:
    """A made-up 'post' picture: a coloured header, a few lines of text, a photo placeholder."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    font_path = ROOT / "assets" / "fonts" / "NotoSans-Regular.ttf"
    big = ImageFont.truetype(str(font_path), 34)
    small = ImageFont.truetype(str(font_path), 26)
    img = Image.new("RGB", (900, height), (245, 246, 248))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 900, 110], fill=colour)
    d.text((30, 32), title, font=big, fill=(255, 255, 255))
    y = 150
    for line in lines:
        d.text((40, y), line, font=small, fill=(30, 30, 30))
        y += 44
    d.rounded_rectangle([40, y + 20, 860, y + 620], radius=18, fill=(180, 120, 110))
    d.ellipse([330, y + 120, 570, y + 360], fill=(230, 190, 170))
    d.rectangle([270, y + 380, 630, y + 620], fill=(90, 70, 120))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _populate(vault) -> None:
    posts = [
        ("https://t.me/s/example_gossip_channel/1423", "Канал «Сплетни» — пост 1423",
         ["Ин суратҳоро бе иҷозат нашр карданд.", "Фото опубликованы без согласия."], (40, 110, 170), "Дело: канал"),
        ("https://t.me/s/example_gossip_channel/1431", "Канал «Сплетни» — пост 1431",
         ["Номи пурра ва суроғаи хона.", "Полное имя и домашний адрес."], (40, 110, 170), "Дело: канал"),
        ("https://www.instagram.com/p/EXAMPLE123/", "Instagram — фейковый профиль",
         ["Профиль выдаёт себя за меня.", "Саҳифаи қалбакӣ."], (170, 60, 120), "Instagram"),
        ("https://www.youtube.com/watch?v=EXAMPLE", "YouTube — видео с угрозами",
         ["Комментарии с угрозами.", "Таҳдидҳо дар шарҳҳо."], (190, 40, 40), ""),
    ]
    vault.create_case("Дело: канал")
    vault.create_case("Instagram")
    for i, (url, title, lines, colour, case) in enumerate(posts):
        with vault.new_item("capture", case=case, url=url, final_url=url, title=title, http_status=200,
                            metadata={"demo": "made-up post for the screenshots"}) as d:
            d.add_bytes("screenshot-full.png", _demo_post_png(title, lines, colour), role="screenshot_full",
                        media_type="image/png")
            d.add_bytes("page.html", f"<html><body><h1>{title}</h1></body></html>".encode(), role="dom_html",
                        media_type="text/html")
            item = d.seal()
        if i == 0:
            vault.update_item(item.id, sensitive=True, abuse=["intimate_image"],
                              notes="Опубликовано ночью 24 ноября; канал переслал 3 раза.")
    with vault.new_item("capture", case="Дело: канал", url="https://t.me/s/example_gossip_channel/1399",
                        title="", status="failed", http_status=404, error="The post was deleted (404).") as d:
        d.add_bytes("page.html", b"<html>Post not found</html>", role="dom_html", media_type="text/html")
        d.seal()
    with vault.new_item("import", case="Instagram", title="phone-screenshot-2026-11-20.png",
                        metadata={"original_name": "phone-screenshot-2026-11-20.png"}) as d:
        d.add_bytes("phone-screenshot-2026-11-20.png",
                    _demo_post_png("Direct message", ["Угроза в личных сообщениях."], (90, 90, 90), 900),
                    role="original", media_type="image/png")
        d.seal()


def main() -> int:
    _reexec_under_xvfb()
    sys.path.insert(0, str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="ek-shots-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(work / var.lower())
    os.environ["EVIDENCE_KIT_LANG"] = os.environ.get("EK_SCREENSHOT_LANG", "en")
    OUT.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from evidence_kit.vault import Vault
    from tests.site.server import serve
    from ui.app import AppController, default_capture_backend, prepare_app

    passphrase = "demo passphrase for the screenshots"
    vault, _ = Vault.create(work / "vault", passphrase, collector="Zarina N.",
                            kdf={"name": "argon2id", "iterations": 1, "memory_kib": 8192, "lanes": 1})
    _populate(vault)
    vault.close()

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Evidence Kit")
    prepare_app(app, os.environ["EVIDENCE_KIT_LANG"])
    c = AppController(app, work / "vault", capture_backend=default_capture_backend, quit_app=False)

    def wait(pred, ms=60000):
        loop_deadline = QTimer()
        loop_deadline.setSingleShot(True)
        loop_deadline.start(ms)
        while not pred() and loop_deadline.isActive():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if not pred():
            raise SystemExit(f"timed out waiting for the app; screen says: {getattr(getattr(c.screen, 'message', None), 'text', lambda: '')()}")

    def settle(ms=400):
        t = QTimer()
        t.setSingleShot(True)
        t.start(ms)
        while t.isActive():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def shot(widget, name):
        settle()
        widget.grab().save(str(OUT / name))
        print("saved", OUT / name)

    c.start()
    settle()
    shot(c.screen, "unlock.png")
    c.screen.field.setText(passphrase)
    c.screen.unlock_btn.click()
    wait(lambda: c.main is not None)
    main = c.main
    main.resize(1400, 860)
    main.table.selectRow(1)
    main.detail.tabs.setCurrentIndex(1)          # the picture, blurred
    wait(lambda: main.detail.viewer.current() is not None)
    shot(main, "main-window.png")

    with serve() as site:
        urls = [site.url("/post-short"), site.url("/s/channel"), site.url("/gone404"), site.url("/post"),
                site.url("/delayed"), site.url("/batch/7")]
        main.open_capture(urls)
        dlg = main.capture_dialog
        dlg.resize(900, 520)
        dlg.start_btn.click()
        wait(lambda: sum(j.state in ("sealed", "failed") for j in c.queue.model.jobs) >= 3, 180000)
        shot(dlg, "capture-queue.png")
        wait(lambda: c.queue.active() == 0, 300000)
        dlg.hide()

    main.table.selectAll()
    exp = main.open_export()
    exp.out.setText(str(Path.home() / "Documents" / "dossier.pdf"))
    settle()
    shot(exp, "export-dialog.png")
    exp.close()

    c.quick_exit()
    c.shutdown()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
