"""Which browser program ran, exactly, and every setting of the capture that changes how a page
behaves: so that a court (or another archivist) can tell what produced the copies.

- The program: the file the running browser process was started from (Linux: /proc/PID/exe, so
  that a launcher script such as Debian's /usr/bin/chromium is seen through), its SHA-256, and the
  browser's whole command line as it ran (which also shows switches a launcher script added).
- The settings: each one with a sentence saying what it changes (and the key of that sentence).
"""

from __future__ import annotations

import hashlib
import os
import sys

from . import scripts

_HASHES: dict[tuple, str] = {}       # (path, size, mtime, ctime, inode) -> SHA-256
CACHE_LABEL = "program-hashes"       # the vault's private record that remembers them between runs


def _stat_key(path: str) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    # ctime changes with any change to the file and cannot be set back: a replaced or patched
    # program never matches an old entry
    return (path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def remember(entries) -> None:
    """Known hashes (from the vault's private record), each [path, size, mtime, ctime, inode, sha]."""
    for e in entries or []:
        try:
            _HASHES[tuple(e[:5])] = str(e[5])
        except (TypeError, IndexError):
            continue


def known() -> list[list]:
    return [[*k, v] for k, v in list(_HASHES.items())[-10:]]


def file_sha256(path: str) -> str | None:
    key = _stat_key(path)
    if key is None:
        return None
    if key not in _HASHES:
        h = hashlib.sha256()
        try:
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    h.update(block)
        except OSError:
            return None
        if _stat_key(path) != key:
            return None                  # changed while it was read: no hash rather than a wrong one
        _HASHES[key] = h.hexdigest()
    return _HASHES[key]


def _browser_process(private_dir: str) -> int | None:
    """The browser's main process: it runs with its profile inside our private folder and, unlike
    its helpers, has no --type= switch."""
    needle = private_dir.encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read()
        except OSError:
            continue
        if needle in cmd and b"--type=" not in cmd and b"--remote-debugging-pipe" in cmd:
            return int(entry)
    return None


def program_facts(private_dir: str | None, launched: str) -> dict:
    """The program file and command line of the running browser (cheap: read from /proc)."""
    out: dict = {"launched": launched, "program": None, "program_sha256": None, "command_line": None}
    pid = _browser_process(private_dir) if (private_dir and sys.platform.startswith("linux")) else None
    if pid is not None:
        try:
            out["program"] = os.readlink(f"/proc/{pid}/exe")
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                out["command_line"] = [a.decode("utf-8", "replace") for a in f.read().split(b"\0") if a]
        except OSError:
            pass
    if out["program"] is None:
        out["program"] = os.path.realpath(launched)
    return out


def hash_program(facts: dict) -> dict:
    """Add the SHA-256 of the program (and of a launcher script in front of it). Reading ~300 MB
    takes a moment: runs in a worker thread, and a hash the vault remembers is not computed again."""
    facts = dict(facts)
    facts["program_sha256"] = file_sha256(facts["program"])
    launched_real = os.path.realpath(facts["launched"])
    if launched_real != facts["program"]:
        facts["launcher_sha256"] = file_sha256(launched_real)
        facts["note"] = "The browser was started through a launcher script; both files' SHA-256 are given."
        facts["note_key"] = "capture.launch.launcher"
    return facts


def _setting(setting: str, value, key: str, english: str) -> dict:
    return {"setting": setting, "value": value, "effect": english, "effect_key": key}


def behaviour_settings(session) -> list[dict]:
    """Each setting of the capture that changes what a page may do or show, in words."""
    from .browser import CHROMIUM_ARGS

    init_sha = hashlib.sha256(scripts.QUIET_INIT.encode()).hexdigest()
    out = [
        _setting("--disable-blink-features=AutomationControlled", True, "capture.launch.automation_hidden",
                 "The browser does not tell pages that it is driven by a program (navigator.webdriver is "
                 "not set), as a person's browser does not."),
        _setting("user-agent", session.user_agent, "capture.launch.user_agent",
                 "The browser names itself as the desktop Chrome it is: \"HeadlessChrome\" in its user agent is "
                 "replaced by \"Chrome\"."),
        _setting("--headless", session.options.headless, "capture.launch.headless",
                 "The browser runs without a window on the screen; pages are drawn the same way."),
        _setting("ignore-https-errors", True, "capture.launch.ignore_https_errors",
                 "A page behind an invalid certificate is still opened; whether the certificate was valid is "
                 "checked separately and recorded."),
        _setting("service-workers", "block", "capture.launch.service_workers",
                 "Pages' service workers are not started, so that every request a page makes is seen and "
                 "recorded; a site may behave slightly differently without them."),
        _setting("init-script-sha256", init_sha, "capture.launch.init_script",
                 "Before the page's own scripts, the tool adds one that wraps setTimeout and clearTimeout to "
                 "count short timers, and a MutationObserver that notes changes, to know when the page has "
                 "settled; it also counts IntersectionObservers and scroll listeners, to know whether the "
                 "page reacts to scrolling. It changes nothing the page shows."),
        dict(_setting("webrtc", "disabled", "capture.launch.webrtc_off",
                      "WebRTC is switched off in the page and in its frames: before the page's own scripts, the "
                      "tool removes RTCPeerConnection and the other RTC interfaces, and camera and microphone "
                      "access (getUserMedia), so that a page cannot open network paths of its own, past any "
                      "proxy, that would show the site this computer's address. Video calls and live camera "
                      "features of a page do not work in the capture."),
             script_sha256=hashlib.sha256(scripts.WEBRTC_OFF.encode()).hexdigest()),
        _setting("--disk-cache-size=1", "--disk-cache-size=1" in CHROMIUM_ARGS, "capture.launch.no_cache",
                 "Nothing is kept in a disk cache: every file comes from the network during this capture."),
        _setting("accept-downloads", True, "capture.launch.downloads",
                 "Files a page downloads are kept (in memory) and sealed with the item."),
    ]
    if session.proxy is not None:
        out.append(_setting("--proxy-server", session.proxy.server, "capture.launch.proxy",
                            "Every request goes through the proxy; WebRTC may not use network paths past it."))
    return out
