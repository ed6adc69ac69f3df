"""Finding a Chromium-family browser, and the private, RAM-backed place it runs from.

Order: an explicit path (the --browser option), EVIDENCE_KIT_BROWSER, the vault's `browser`
setting, then an installed Google Chrome, Chromium or Microsoft Edge in the usual places on Linux,
Windows and macOS, then a browser Playwright downloaded itself. Nothing found: `BrowserNotFound`.
"""

from __future__ import annotations

import glob
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from evidence_kit.errors import BrowserNotFound
from evidence_kit.secrets_env import child_env

from . import tempdirs

ENV_VAR = "EVIDENCE_KIT_BROWSER"


@dataclass(frozen=True)
class BrowserInfo:
    path: str
    name: str          # "Google Chrome", "Chromium", "Microsoft Edge", "Chromium (Playwright)"
    found_by: str      # "option", "environment", "setting", "installed", "playwright"


def _name_for(path: str) -> str:
    low = path.lower()
    if "edge" in low:
        return "Microsoft Edge"
    if "google" in low or low.endswith(("chrome.exe", "google chrome")) or "google-chrome" in low:
        return "Google Chrome"
    if "ms-playwright" in low:
        return "Chromium (Playwright)"
    return "Chromium"


def _usable(path: str | os.PathLike | None) -> str | None:
    if not path:
        return None
    p = Path(os.path.expanduser(str(path)))
    if p.is_file() and os.access(p, os.X_OK):
        return str(p)
    found = shutil.which(str(path))        # a bare command name ("chromium")
    return found


def _installed_candidates() -> list[str]:
    if sys.platform.startswith("win"):
        roots = [os.environ.get(v) for v in ("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA")]
        rel = [r"Google\Chrome\Application\chrome.exe", r"Chromium\Application\chrome.exe",
               r"Microsoft\Edge\Application\msedge.exe", r"Google\Chrome Beta\Application\chrome.exe"]
        return [str(Path(r) / x) for r in roots if r for x in rel] + ["chrome.exe", "msedge.exe"]
    if sys.platform == "darwin":
        apps = ["Google Chrome.app/Contents/MacOS/Google Chrome", "Chromium.app/Contents/MacOS/Chromium",
                "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
                "Google Chrome Beta.app/Contents/MacOS/Google Chrome Beta"]
        return [str(Path(base) / a) for base in ("/Applications", os.path.expanduser("~/Applications"))
                for a in apps]
    names = ["google-chrome", "google-chrome-stable", "chromium", "chromium-browser", "microsoft-edge",
             "microsoft-edge-stable"]
    fixed = ["/opt/google/chrome/chrome", "/usr/lib/chromium/chromium", "/opt/microsoft/msedge/msedge",
             "/snap/bin/chromium"]
    return names + fixed


def _playwright_candidates() -> list[str]:
    base = os.environ.get("PLAYWRIGHT_BROWSERS_PATH")
    if not base or base == "0":
        if sys.platform.startswith("win"):
            base = os.path.join(os.environ.get("LOCALAPPDATA", ""), "ms-playwright")
        elif sys.platform == "darwin":
            base = os.path.expanduser("~/Library/Caches/ms-playwright")
        else:
            base = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "ms-playwright")
    pats = ["chromium-*/chrome-linux*/chrome", "chromium-*/chrome-win*/chrome.exe",
            "chromium-*/chrome-mac*/Chromium.app/Contents/MacOS/Chromium",
            "chromium-*/chrome-mac*/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
            "chromium_headless_shell-*/chrome-*/headless_shell*"]
    out: list[str] = []
    for pat in pats:
        out.extend(sorted(glob.glob(os.path.join(base, pat)), reverse=True))   # newest first
    return out


def find_browser(explicit: str | None = None, setting: str | None = None) -> BrowserInfo:
    """The browser to capture with, or `BrowserNotFound` (exit 5) saying how to install one."""
    for value, how in ((explicit, "option"), (os.environ.get(ENV_VAR), "environment"), (setting, "setting")):
        if value:
            path = _usable(value)
            if path is None:
                # a path that was asked for but is not there: do not silently use another browser
                raise BrowserNotFound("capture.err.browser_missing_path", path=str(value))
            return BrowserInfo(path, _name_for(path), how)
    for cand in _installed_candidates():
        path = _usable(cand)
        if path:
            return BrowserInfo(path, _name_for(path), "installed")
    for cand in _playwright_candidates():
        path = _usable(cand)
        if path:
            return BrowserInfo(path, _name_for(path), "playwright")
    raise BrowserNotFound()


# ------------------------------------------------------------------ where the browser may write
PRIVATE_PREFIX = "ekb-"


def make_private_dir() -> tuple[str, bool]:
    root, is_ram = tempdirs.ram_temp_root()
    return tempdirs.make(root), is_ram


def short_dir_for(path: str) -> str | None:
    """Chromium puts a socket under its TMPDIR and fails if that path is over ~107 bytes: when our
    private folder's path is long (a long TMPDIR), give the browser a short private one in /tmp as
    well (it holds only that socket; removed afterwards). None if `path` is short enough."""
    if os.name == "nt" or len(path) <= 60 or not os.path.isdir("/tmp"):
        return None
    return tempdirs.make("/tmp")


def remove_private_dir(path: str | None) -> bool:
    """Remove a private folder; False if it could not be removed (the caller reports it)."""
    return tempdirs.remove(path)


# Everything that could keep a copy of a page on disk is turned off; the network is used only for
# the pages asked for (no sync, no component updates, no background requests to Google).
CHROMIUM_ARGS = [
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run", "--no-default-browser-check", "--disable-quic",
    "--disk-cache-size=1", "--media-cache-size=1", "--disable-application-cache",
    "--disable-gpu-shader-disk-cache", "--disable-breakpad", "--disable-crash-reporter",
    "--disable-domain-reliability", "--disable-client-side-phishing-detection",
    "--disable-blink-features=AutomationControlled", "--hide-scrollbars", "--mute-audio",
    "--password-store=basic", "--use-mock-keychain",
]


def needs_no_sandbox() -> bool:
    """Chromium refuses to start as root with its sandbox; elsewhere the sandbox stays on."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def launch_args() -> list[str]:
    return CHROMIUM_ARGS + (["--no-sandbox"] if needs_no_sandbox() else [])


def browser_env(private_dir: str, tmp_dir: str | None = None) -> dict[str, str]:
    """The browser's environment: its temp files, caches and config go into the private folder;
    no EVIDENCE_KIT_* secret (a renderer on a hostile page must not hold the passphrase)."""
    env = child_env()
    env["TMPDIR"] = tmp_dir or private_dir
    env["TEMP"] = env["TMP"] = tmp_dir or private_dir
    if sys.platform.startswith("linux"):
        for var, sub in (("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config"),
                         ("XDG_DATA_HOME", "data"), ("HOME", "home")):
            d = os.path.join(private_dir, sub)
            os.makedirs(d, mode=0o700, exist_ok=True)
            env[var] = d
    return env
