"""Makes tests/data/golden-v<N>/: a small vault written by this version, kept for ever.

Run once per vault format version (never re-run for an existing version: the point is that the
bytes written by an old version keep opening). Usage: python tests/data/make_golden.py
"""

from __future__ import annotations

import json
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from evidence_kit.vault import FORMAT_VERSION, Vault  # noqa: E402

PASSPHRASE = "golden пароль ҷ"


def tiny_png(width=3, height=2, rgb=(200, 30, 60)) -> bytes:
    def chunk(kind, data):
        return (len(data).to_bytes(4, "big") + kind + data
                + zlib.crc32(kind + data).to_bytes(4, "big"))
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", width.to_bytes(4, "big") + height.to_bytes(4, "big")
            + b"\x08\x02\x00\x00\x00") + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def main() -> None:
    target = HERE / f"golden-v{FORMAT_VERSION}"
    if target.exists():
        sys.exit(f"{target} exists: golden vaults are never regenerated")
    vault, recovery = Vault.create(target, PASSPHRASE, collector="Golden Collector")
    with vault.new_item("import", case="Парвандаи 1", title="паём.txt",
                        metadata={"original_name": "паём.txt"}) as d:
        d.add_bytes("паём.txt", "Салом! Ин далел аст: ғ ӣ қ ӯ ҳ ҷ\n".encode(), role="original",
                    media_type="text/plain")
        a = d.seal()
    png = tiny_png()
    with vault.new_item("capture", case="Парвандаи 1", url="https://t.me/s/example/7",
                        final_url="https://t.me/s/example/7", title="Example channel",
                        http_status=200, metadata={"browser": "Chromium 156"}) as d:
        d.add_bytes("screenshot-full.png", png, role="screenshot_full", media_type="image/png")
        d.add_bytes("page.html", b"<html><body>post 7</body></html>", role="dom_html",
                    media_type="text/html")
        b = d.seal()
    vault.update_item(b.id, notes="posted at night", sensitive=True, abuse=["phone_number"])
    vault.rename_case("Парвандаи 1", "Case A")
    items, passphrase, events = [a, b], PASSPHRASE, 5
    if FORMAT_VERSION >= 2:
        # format 2: every key changed once (a generation folder, object files under new names,
        # a keyring), then one more item sealed under the new keys
        from evidence_kit.vault.rekey import rekey

        passphrase = PASSPHRASE + " нав"
        recovery = rekey(vault, passphrase)
        vault = Vault.open(target, passphrase)
        with vault.new_item("import", case="Case A", title="баъд.txt") as d:
            d.add_bytes("баъд.txt", "Баъд аз иваз кардани калидҳо\n".encode(), role="original",
                        media_type="text/plain")
            items.append(d.seal())
        from evidence_kit.vault.rekey import recovery_key_shown

        recovery_key_shown(vault)
        events = 7
    vault.close()
    (target / "lock").unlink(missing_ok=True)
    expected = {"format_version": FORMAT_VERSION, "passphrase": passphrase, "recovery_key": recovery,
                "items": [vault_item_summary(i) for i in items],
                "after": {b.id: {"notes": "posted at night", "sensitive": True, "abuse": ["phone_number"]}},
                "case": "Case A", "log_events": events}
    (HERE / f"golden-v{FORMAT_VERSION}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1))


def vault_item_summary(item) -> dict:
    return {"id": item.id, "exhibit": item.exhibit, "url": item.url, "title": item.title,
            "artifacts": [{"name": x.name, "sha256": x.sha256, "size": x.size} for x in item.artifacts]}


if __name__ == "__main__":
    main()
