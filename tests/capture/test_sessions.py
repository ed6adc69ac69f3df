"""Login sessions kept only inside the vault; captures that use one; nothing of a session
readable on disk (the canary is a cookie's value)."""

from __future__ import annotations

import asyncio
import json
import os

import pytest

from tests.canary import find_canary
from tests.site import pages_capture_core as CC

COOKIES_TXT = """# Netscape HTTP Cookie File
# written by a browser extension
127.0.0.1\tFALSE\t/\tFALSE\t0\tsid\t{value}
#HttpOnly_.example.org\tTRUE\t/\tTRUE\t2000000000\tsessionid\tabc\r
example.net\tTRUE\t/app\tFALSE\t1700000000\tempty\t
# a comment\tthat\thas\ttabs
broken line without tabs
"""


def test_cookies_txt_is_read_as_browsers_and_yt_dlp_write_it():
    from evidence_kit.sessions import parse_cookies_txt

    cookies = parse_cookies_txt(COOKIES_TXT.format(value="v1"))
    assert [c["name"] for c in cookies] == ["sid", "sessionid", "empty"]
    sid, sess, empty = cookies
    assert sid == {"name": "sid", "value": "v1", "domain": "127.0.0.1", "path": "/", "expires": -1,
                   "httpOnly": False, "secure": False, "sameSite": "Lax"}
    assert sess["httpOnly"] and sess["secure"] and sess["value"] == "abc" and sess["expires"] == 2000000000
    assert sess["sameSite"] == "None"
    assert empty["domain"] == ".example.net" and empty["value"] == "" and empty["path"] == "/app"


def test_sessions_live_in_one_private_record_and_are_really_removed(vault):
    from evidence_kit import sessions
    from evidence_kit.errors import BadInput

    secret = "cookieCanary" + os.urandom(6).hex()
    state = {"cookies": sessions.parse_cookies_txt(COOKIES_TXT.format(value=secret)), "origins": []}
    info = sessions.add_session(vault, "research acct", state, "cookies_file")
    assert info.sites == ("127.0.0.1", "example.net", "example.org") and info.cookies == 3
    assert [s.name for s in sessions.list_sessions(vault)] == ["research acct"]
    with pytest.raises(BadInput) as e:
        sessions.add_session(vault, "research acct", state, "cookies_file")
    assert e.value.key == "session.exists"
    name, loaded = sessions.load_session(vault, "RESEARCH ACCT")           # any case finds it
    assert name == "research acct" and loaded["cookies"][0]["value"] == secret
    private = list((vault.path / "private").iterdir())
    assert len(private) == 1 and "session" not in private[0].name
    assert find_canary([vault.path], secret) == []                         # sealed, not readable
    log = vault.custody_log()
    added = [r["entry"] for r in log if r["entry"]["event"] == "session_added"]
    assert added and added[0]["details"]["name"] == "research acct"
    assert secret not in json.dumps([r["entry"] for r in log])             # the log names it, no more
    assert vault.verify().ok
    sessions.remove_session(vault, "research acct")
    assert list((vault.path / "private").iterdir()) == [] and sessions.list_sessions(vault) == []
    assert [r["entry"]["event"] for r in vault.custody_log()][-1] == "session_removed"
    with pytest.raises(BadInput) as e:
        sessions.load_session(vault, "research acct")
    assert e.value.key == "session.none_yet" and e.value.exit_code == 2


def test_a_changed_session_record_is_reported_by_verify(vault):
    from evidence_kit import sessions

    sessions.add_session(vault, "a", {"cookies": sessions.parse_cookies_txt(COOKIES_TXT.format(value="x")),
                                      "origins": []}, "cookies_file")
    [f] = list((vault.path / "private").iterdir())
    data = bytearray(f.read_bytes())
    data[-5] ^= 1
    f.write_bytes(bytes(data))
    report = vault.verify()
    assert not report.ok and any(p.code == "verify.record_changed" for p in report.problems)


# ------------------------------------------------------------------------------ with a browser
@pytest.mark.browser
def test_a_capture_with_a_session_is_logged_in_and_says_so(site, browser_info, vault):
    from capture import CaptureOptions, CaptureService
    from evidence_kit import sessions

    sessions.add_session(vault, "separate acct", sessions.state_from_text(COOKIES_TXT.format(value="s1")),
                         "cookies_file")
    with CaptureService(vault, CaptureOptions(), browser=browser_info) as service:
        logged = service.submit(site.url("/cc/whoami"), session="separate acct").result(timeout=120)
        plain = service.submit(site.url("/cc/whoami")).result(timeout=120)
    with_session, without = vault.get(logged.item.id), vault.get(plain.item.id)
    assert f"Signed in as {CC.USER}" in vault.read_artifact(with_session.id, "page.txt").decode()
    assert "Not signed in" in vault.read_artifact(without.id, "page.txt").decode()
    md = with_session.metadata
    assert md["session"] == {"name": "separate acct"} and md["network"]["logged_in"] is True
    assert md["method_key"] == "capture.method.with_session" and "separate acct" in md["method"]
    assert "s1" not in json.dumps(md["session"]) and without.metadata["session"] is None
    assert without.metadata["method_key"] == "capture.method.fresh_context"
    # the cookie the page was sent is in the sealed WARC (redacted only in exported copies)
    req = [r for r in _requests(vault, with_session.id) if r[0].endswith("/cc/whoami")][0]
    assert "sid=s1" in req[1]


def _requests(vault, item_id):
    """(URI, HTTP headers as text) of every request record of the item's WARC."""
    import io

    from warcio.archiveiterator import ArchiveIterator

    data = vault.read_artifact(item_id, "capture.warc.gz")
    return [(r.rec_headers.get_header("WARC-Target-URI"), r.http_headers.to_str())
            for r in ArchiveIterator(io.BytesIO(data)) if r.rec_type == "request"]


@pytest.mark.browser
def test_logging_in_in_a_window_keeps_cookies_and_site_storage_and_wipes_the_profile(site, browser_info):
    from capture.browser import PRIVATE_PREFIX
    from capture.login import record_login

    secret = "loginCanary" + os.urandom(6).hex()
    mine = f"{PRIVATE_PREFIX}{os.getpid()}-"
    before = {p for p in os.listdir("/dev/shm") if p.startswith(mine)}

    async def log_in(page):          # what she does in the window
        await page.fill("#sid", secret)
        await page.fill("#pw", "password")
        await page.click("#go")
        await page.wait_for_selector("#done")
        await page.wait_for_function(f"localStorage.getItem('{CC.TOKEN_KEY}') !== null")
        # then she is done (closing the window, or Enter): the last reading is kept

    state = asyncio.run(record_login(browser_info, start_url=site.url("/cc/login"), headless=True,
                                     drive=log_in))
    sid = [c for c in state["cookies"] if c["name"] == "sid"]
    assert sid and sid[0]["value"] == secret and sid[0]["httpOnly"]
    stored = {i["name"]: i["value"] for o in state["origins"] for i in o["localStorage"]}
    assert stored[CC.TOKEN_KEY] == secret + "-ls"
    assert {p for p in os.listdir("/dev/shm") if p.startswith(mine)} == before, "profile folder left"


@pytest.mark.browser
def test_command_line_sessions_from_add_to_capture_to_remove_leave_nothing_on_disk(tmp_path, site, browser_info):
    from tests.capture.test_cli_and_privacy import _cli, _env

    canary = "sidCanary" + os.urandom(6).hex()
    env = _env(tmp_path, EVIDENCE_KIT_BROWSER=browser_info.path)
    outside = tmp_path / "given"
    outside.mkdir()
    cookies = outside / "cookies.txt"
    cookies.write_text(COOKIES_TXT.format(value=canary), "utf-8")
    assert _cli(["init"], env).returncode == 0
    r = _cli(["session", "add", "Research", "--cookies", cookies], env)
    assert r.returncode == 0, r.stderr
    assert "Research" in r.stdout and "127.0.0.1" in r.stdout and str(cookies) in r.stderr   # "delete it"
    r = _cli(["session", "list", "--json"], env)
    listed = json.loads(r.stdout)
    assert [s["name"] for s in listed] == ["Research"] and canary not in r.stdout
    r = _cli(["capture", site.url("/cc/whoami"), "--session", "Research", "--json"], env)
    assert r.returncode == 0, r.stderr
    assert "separate account" in r.stderr                                    # the warning, once
    assert r.stderr.count("separate account") == 1
    item = json.loads(r.stdout)[0]
    assert item["metadata"]["session"] == {"name": "Research"}
    r = _cli(["capture", site.url("/cc/whoami"), "--session", "Nobody"], env)
    assert r.returncode == 2 and "Research" in r.stderr and "Traceback" not in r.stderr
    r = _cli(["session", "add", "Research", "--cookies", cookies], env)
    assert r.returncode == 2 and "--replace" in r.stderr
    r = _cli(["session", "add", "Other", "--cookies", tmp_path / "missing.txt"], env)
    assert r.returncode == 2
    r = _cli(["session", "add", "Window", "--browser"], {k: v for k, v in env.items()
                                                          if k not in ("DISPLAY", "WAYLAND_DISPLAY")})
    assert r.returncode == 2 and "screen" in r.stderr
    assert _cli(["session", "remove", "Research"], env).returncode == 0
    assert json.loads(_cli(["session", "list", "--json"], env).stdout) == []
    assert _cli(["verify"], env).returncode == 0
    cookies.unlink()                       # her own file: she deletes it, as the command advised
    assert find_canary([tmp_path / "home", tmp_path / "tmp"], canary) == []


@pytest.mark.browser
def test_session_add_browser_opens_a_real_window_and_seals_what_it_holds(tmp_path, site, browser_info):
    """The command as she runs it, with a visible window (on a virtual screen): the page logs in by
    itself here; Enter on standard input says she is done."""
    import shutil
    import subprocess
    import sys
    import time

    from tests.capture.test_cli_and_privacy import ROOT, _cli, _env, _shm_dirs

    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("xvfb-run is needed in CI (scripts/setup.sh installs xvfb)")
        pytest.skip("no xvfb-run for a visible window")
    env = _env(tmp_path, EVIDENCE_KIT_BROWSER=browser_info.path)
    env.pop("DISPLAY", None)
    assert _cli(["init"], env).returncode == 0
    before = _shm_dirs()
    CC.PINGED.clear()
    p = subprocess.Popen([xvfb, "-a", sys.executable, "-m", "evidence_kit.cli.main", "session", "add", "Window",
                          "--browser", "--url", site.url("/cc/autologin"), "--json"],
                         env=env, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    try:
        assert CC.PINGED.wait(90), "the login window did not open the page"
        p.stdin.write("\n")                 # she is done
        p.stdin.flush()
        out, err = p.communicate(timeout=90)
    finally:
        if p.poll() is None:
            p.kill()
    assert p.returncode == 0, err
    assert "fresh, temporary profile" in err and "separate account" in err
    info = json.loads(out)
    assert info["name"] == "Window" and info["cookies"] >= 1 and info["origins"] >= 1
    assert info["sites"] == ["127.0.0.1"]
    from evidence_kit import sessions
    from evidence_kit.vault import Vault

    vault_dir = next((tmp_path / "home").rglob("vault.json")).parent
    with Vault.open(vault_dir, "pass word", writable=False) as v:
        _, state = sessions.load_session(v, "Window")
    assert [c["value"] for c in state["cookies"] if c["name"] == "sid"] == ["auto"]
    assert {i["value"] for o in state["origins"] for i in o["localStorage"]} == {"auto-ls"}
    deadline = time.monotonic() + 10
    while _shm_dirs() - before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _shm_dirs() - before == set(), "the window's profile must be wiped"
    assert list((tmp_path / "tmp").iterdir()) == []
