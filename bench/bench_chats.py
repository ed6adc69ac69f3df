"""Chat export figures: importing and exporting large chats. Prints them; asserts nothing.

    .venv/bin/python bench/bench_chats.py [--quick]

- `evidence-kit import` of a Telegram export with 10,000 messages and 500 photos, the whole
  command (process start, unlock with the default Argon2id, sealing) and in-process; peak memory
  of the command (targets: ≤ 30 s, ≤ 300 MiB); `sha256sum` over the same files in the same run
- the same for a WhatsApp ZIP of 10,000 messages and 500 photos
- `evidence-kit export --kind court` of that Telegram chat (every message): time, pages, peak memory
"""

from __future__ import annotations

import _as_installed  # noqa: F401  (first: timed as a user meets the program, bytecode compiled)

import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evidence_kit.vault import Vault  # noqa: E402

PW = "bench passphrase"
WORDS = ("агар", "пул", "надиҳӣ", "аксҳоят", "дар", "канал", "мешаванд", "заплати", "до", "пятницы",
         "иначе", "фото", "уйдут", "I", "know", "where", "you", "live", "😡")
CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from evidence_kit.vault import Vault
from evidence_kit.importer import import_paths
v = Vault.open(sys.argv[2], sys.argv[3])
t = time.perf_counter()
r = import_paths(v, [sys.argv[4]], tz="Asia/Dushanbe")
dt = time.perf_counter() - t
v.close()
print(dt, len(r.items), len(r.failed))
"""


def photos(n: int, rnd: random.Random) -> list[bytes]:
    """Distinct phone-like JPEGs (noise compresses badly, like real photos: ~100 KB each)."""
    from PIL import Image

    out = []
    for i in range(n):
        img = Image.frombytes("RGB", (480, 360), rnd.randbytes(480 * 360 * 3))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=70)
        out.append(buf.getvalue())
    return out


def text(rnd: random.Random) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(3, 30)))


def telegram(folder: Path, n_msgs: int, pics: list[bytes], rnd: random.Random) -> Path:
    (folder / "photos").mkdir(parents=True)
    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
    every = max(1, n_msgs // len(pics))
    msgs = []
    for i in range(n_msgs):
        at = t0 + timedelta(minutes=7 * i)
        m = {"id": i + 1, "type": "message", "date": at.astimezone(timezone(timedelta(hours=5))).replace(tzinfo=None).isoformat(),
             "date_unixtime": str(int(at.timestamp())), "from": "Anvar" if i % 3 else "Me",
             "from_id": "user5550001" if i % 3 else "user5550002", "text": text(rnd)}
        if i % every == 0 and i // every < len(pics):
            name = f"photos/photo_{i // every + 1}@{at:%d-%m-%Y_%H-%M-%S}.jpg"
            (folder / name).write_bytes(pics[i // every])
            m["photo"], m["text"] = name, ""
        if i % 50 == 7:
            m["text"] = [m["text"] + " ", {"type": "link", "text": "https://t.me/leaks/1"}]
        msgs.append(m)
    (folder / "result.json").write_text(json.dumps({"name": "Anvar", "type": "personal_chat", "id": 5550001,
                                                    "messages": msgs}, ensure_ascii=False, indent=1), "utf-8")
    return folder


def whatsapp(path: Path, n_msgs: int, pics: list[bytes], rnd: random.Random) -> Path:
    t0 = datetime(2026, 1, 1, 9, 0)
    every = max(1, n_msgs // len(pics))
    lines = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(n_msgs):
            at = t0 + timedelta(minutes=7 * i)
            who = "Bob" if i % 3 else "Me"
            if i % every == 0 and i // every < len(pics):
                name = f"IMG-{at:%Y%m%d}-WA{i // every + 1:04d}.jpg"
                zf.writestr(name, pics[i // every])
                lines.append(f"{at:%d.%m.%Y, %H:%M} - {who}: {name} (file attached)")
            else:
                lines.append(f"{at:%d.%m.%Y, %H:%M} - {who}: {text(rnd)}")
                if i % 40 == 1:
                    lines.append(text(rnd))
        zf.writestr("WhatsApp Chat with Bob.txt", "\n".join(lines) + "\n")
    return path


def run_timed(args: list[str], env: dict) -> tuple[float, float, subprocess.CompletedProcess | None]:
    """(seconds, peak RSS in MiB, result) of a whole command."""
    t = time.perf_counter()
    p = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t
    out, err = p.stdout.read(), p.stderr.read()
    p.returncode = os.waitstatus_to_exitcode(status)
    return dt, usage.ru_maxrss / 1024, subprocess.CompletedProcess(args, p.returncode, out, err)


def sha256sum_time(paths: list[Path]) -> float:
    files = [str(p) for root in paths for p in (root.rglob("*") if root.is_dir() else [root]) if p.is_file()]
    t = time.perf_counter()
    subprocess.run(["sha256sum", *files], check=True, capture_output=True)
    return time.perf_counter() - t


def main() -> None:
    quick = "--quick" in sys.argv
    n_msgs, n_pics = (1000, 50) if quick else (10_000, 500)
    rnd = random.Random(12)
    print(f"chat export bench: {n_msgs} messages, {n_pics} photos (machine shared with others: figures are rough)")
    with tempfile.TemporaryDirectory(dir="/dev/shm" if Path("/dev/shm").is_dir() else None) as ram, \
            tempfile.TemporaryDirectory() as disk:
        pics = photos(n_pics, rnd)
        src = Path(ram)
        tg = telegram(src / "ChatExport", n_msgs, pics, rnd)
        wa = whatsapp(src / "WhatsApp Chat - Bob.zip", n_msgs, pics, rnd)
        size = sum(p.stat().st_size for p in tg.rglob("*") if p.is_file())
        print(f"  Telegram export: {size / 2**20:.1f} MiB; WhatsApp ZIP: {wa.stat().st_size / 2**20:.1f} MiB")
        env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_KIT_")}
        env.update({"PYTHONPATH": str(ROOT), "EVIDENCE_KIT_PASSPHRASE": PW, "EVIDENCE_KIT_LANG": "en"})
        cli = [sys.executable, "-m", "evidence_kit.cli.main"]
        for label, path in (("Telegram folder", tg), ("WhatsApp ZIP", wa)):
            vault = Path(disk) / f"v-{label[:2]}"
            Vault.create(vault, PW)[0].close()                  # the default (real) Argon2id
            env["EVIDENCE_KIT_VAULT"] = str(vault)
            base = sha256sum_time([path])
            dt, peak, r = run_timed([*cli, "import", str(path), "--tz", "Asia/Dushanbe"], env)
            assert r.returncode == 0, r.stderr
            vault2 = Path(disk) / f"w-{label[:2]}"
            Vault.create(vault2, PW)[0].close()
            child = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(vault2), PW, str(path)],
                                   capture_output=True, text=True, check=True)
            inproc = float(child.stdout.split()[0])
            print(f"  import {label}: whole command {dt:.2f} s (target ≤ 30 s), peak {peak:.0f} MiB "
                  f"(target ≤ 300 MiB); in-process {inproc:.2f} s; sha256sum of the same files {base:.2f} s")
        env["EVIDENCE_KIT_VAULT"] = str(Path(disk) / "v-Te")
        out = Path(disk) / "court.pdf"
        dt, peak, r = run_timed([*cli, "export", "--kind", "court", "EK-0001", "--out", str(out)], env)
        assert r.returncode == 0, r.stderr
        pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        pages = next((ln.split()[-1] for ln in pages.splitlines() if ln.startswith("Pages:")), "?")
        print(f"  court dossier of the Telegram chat (every message): {dt:.1f} s, {pages} pages, "
              f"{out.stat().st_size / 2**20:.1f} MiB, peak {peak:.0f} MiB")


if __name__ == "__main__":
    main()
