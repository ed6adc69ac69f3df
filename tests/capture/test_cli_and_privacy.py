"""The capture command as a person meets it (exit codes, words, --json, Ctrl-C), and the canary:
after a capture, the page's words are nowhere on disk outside the (encrypted) vault."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.canary import find_canary
from tests.core.helpers import run_cli

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.browser


def _env(tmp_path: Path, **extra) -> dict:
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    for d in (home, tmp):
        d.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_KIT_") or k == "EVIDENCE_KIT_TSA"}
    env.update({"HOME": str(home), "TMPDIR": str(tmp), "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CACHE_HOME": str(home / ".cache"),
                "XDG_STATE_HOME": str(home / ".local/state"), "EVIDENCE_KIT_LANG": "en",
                "EVIDENCE_KIT_PASSPHRASE": "pass word", "PYTHONPATH": str(ROOT)})
    env.update({k: str(v) for k, v in extra.items()})
    return env


def _cli(args, env, timeout=180, **kw):
    return run_cli(args, env, timeout=timeout, **kw)


def _shm_dirs() -> set[str]:
    """The capture engine's private browser folders (RAM-backed, or short ones in /tmp) that no
    running process holds. Those of processes still running (other captures on this machine) are
    not leftovers: a live session holds a lock in its folder (capture/tempdirs.py)."""
    from capture import tempdirs

    out = set()
    for d in ("/dev/shm", "/tmp"):
        for p in Path(d).glob("ekb-*") if Path(d).is_dir() else []:
            if tempdirs.is_ours(p.name) and not tempdirs.in_use(str(p)):
                out.add(str(p))
    return out


@pytest.mark.parametrize("on_disk", [False, True], ids=["ram-temp", "disk-temp"])
def test_canary_is_nowhere_on_disk_after_a_capture(tmp_path, site, browser_info, on_disk):
    canary = "ekCanary" + os.urandom(5).hex()
    extra = {"EVIDENCE_KIT_TEMP_ON_DISK": "1"} if on_disk else {}
    env = _env(tmp_path, EVIDENCE_KIT_BROWSER=browser_info.path, **extra)
    before = _shm_dirs()
    assert _cli(["init"], env).returncode == 0
    r = _cli(["capture", site.url(f"/canary/{canary}"), "--json"], env)
    assert r.returncode == 0, r.stderr
    item = json.loads(r.stdout)[0]
    assert item["title"] == f"Canary {canary}" and canary in item["url"]
    names = {a["name"] for a in item["artifacts"]}
    assert {"screenshot-full.png", "page.html", "page.txt", "page.mhtml", "capture.warc.gz"} <= names
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    vaults = list(home.rglob("vault.json"))
    assert vaults, "the vault should be under HOME"
    from evidence_kit.vault import Vault

    with Vault.open(vaults[0].parent, "pass word", writable=False) as v:   # the capture saw it all
        assert canary in v.read_artifact(item["id"], "page.txt").decode()
        assert f"/canary/{canary}.png" in v.read_artifact(item["id"], "page.html").decode()
    assert find_canary([home, tmp], canary) == []
    assert list(tmp.iterdir()) == [], "the browser's temporary folder must be removed"
    assert _shm_dirs() - before == set(), "the RAM-backed browser folder must be removed"
    # and the search works: extracting the page text (on purpose) puts the canary on disk
    out = tmp_path / "out"
    assert _cli(["extract", item["id"], "--out", out], env).returncode == 0
    assert find_canary([out], canary) != []


def test_cli_exit_codes_and_words(tmp_path, site, browser_info):
    env = _env(tmp_path, EVIDENCE_KIT_BROWSER=browser_info.path)
    # no vault yet: 4
    r = _cli(["capture", site.url("/post-short")], env)
    assert r.returncode == 4
    assert _cli(["init"], env).returncode == 0
    # malformed address: 2, and it says which
    r = _cli(["capture", site.url("/post-short"), "ht!tp://bad address"], env)
    assert r.returncode == 2 and "ht!tp://bad address" in r.stderr and "Traceback" not in r.stderr
    lst = tmp_path / "urls.txt"
    lst.write_text(f"# my list\n{site.url('/post-short')}   # the post\n\nnot a url at all\n", "utf-8")
    r = _cli(["capture", "--from", lst], env)
    assert r.returncode == 2 and "Line 4" in r.stderr and "not a url at all" in r.stderr
    r = _cli(["capture"], env)
    assert r.returncode == 2
    r = _cli(["capture", site.url("/post-short"), "--viewport", "huge"], env)
    assert r.returncode == 2
    # wrong passphrase: 3
    r = _cli(["capture", site.url("/post-short")], dict(env, EVIDENCE_KIT_PASSPHRASE="wrong"))
    assert r.returncode == 3
    # no browser: 5, with install advice
    r = _cli(["capture", site.url("/post-short")], dict(env, EVIDENCE_KIT_BROWSER=str(tmp_path / "nope")))
    assert r.returncode == 5 and "nope" in r.stderr
    # one bad URL among good ones: 1, --json prints every item (the failed one too)
    lst.write_text(f"# my list\n{site.url('/post-short')}   # the post\n{site.url('/gone404')}\n", "utf-8")
    r = _cli(["capture", "--from", lst, site.refused_url(), "--case", "Case B", "--json", "--jobs", "2"], env)
    assert r.returncode == 1, r.stderr
    items = json.loads(r.stdout)
    # addresses on the command line first, then those of the file, each in its order
    assert [i["status"] for i in items] == ["failed", "sealed", "sealed"]
    assert [i["http_status"] for i in items] == [None, 200, 404]
    assert items[0]["error"].startswith("The site refused the connection")
    assert items[0]["metadata"]["error_key"] == "capture.err.refused"
    assert all(i["case"] == "Case B" for i in items)
    assert "Traceback" not in r.stderr and "3/3" in r.stderr          # progress lines on a non-tty
    # everything else: words in Tajik, exit 0
    r = _cli(["capture", site.url("/post-short"), "--lang", "tg"], env)
    assert r.returncode == 0 and "мӯҳр шуд" in r.stdout
    assert _cli(["verify"], env).returncode == 0


def test_no_browser_anywhere_exits_5_with_install_advice(tmp_path, monkeypatch, capsys):
    import capture.browser as cb
    from evidence_kit.cli.main import main
    from evidence_kit.vault import Vault

    from tests.conftest import FAST_KDF

    Vault.create(tmp_path / "v", "pw", kdf=FAST_KDF)[0].close()
    monkeypatch.setattr(cb, "_installed_candidates", lambda: [])
    monkeypatch.setattr(cb, "_playwright_candidates", lambda: [])
    monkeypatch.delenv("EVIDENCE_KIT_BROWSER", raising=False)
    monkeypatch.setenv("EVIDENCE_KIT_PASSPHRASE", "pw")
    assert main(["capture", "https://t.me/s/channel", "--vault", str(tmp_path / "v")]) == 5
    assert "apt-get install chromium" in capsys.readouterr().err


def test_ctrl_c_keeps_what_was_sealed_and_discards_the_page_in_flight(tmp_path, site, browser_info):
    env = _env(tmp_path, EVIDENCE_KIT_BROWSER=browser_info.path)
    assert _cli(["init"], env).returncode == 0
    before = _shm_dirs()
    # the page in flight never answers and may wait 10 minutes for it: Ctrl-C must stop it then
    # and there (it once waited for its time-out, as the batch was already told to end)
    p = subprocess.Popen([sys.executable, "-m", "evidence_kit.cli.main", "capture", "--jobs", "1",
                          "--first-response-timeout", "600", "--timeout", "900",
                          site.url("/gone404"), site.url("/no-answer"), site.url("/post")],
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         stdin=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    err = ""
    while time.monotonic() < deadline:      # wait until the first page is sealed, then press Ctrl-C
        time.sleep(0.2)
        line = p.stderr.readline()
        err += line
        if "1/3" in line:
            break
    time.sleep(1.0)
    os.killpg(p.pid, signal.SIGINT)         # what a terminal does: every process in the group
    out, rest = p.communicate(timeout=60)
    err += rest
    assert p.returncode == 130, err
    assert "Traceback" not in err and "Stopped." in err
    r = _cli(["list", "--json"], env)
    items = json.loads(r.stdout)
    assert [i["http_status"] for i in items] == [404]
    v = _cli(["verify", "--json"], env)
    assert v.returncode == 0 and json.loads(v.stdout)["ok"]
    assert _shm_dirs() - before == set()
    assert list((tmp_path / "tmp").iterdir()) == []
