"""Telling Playwright's driver failing apart from the browser failing.

Playwright drives the browser through its own program, a Node.js "driver" shipped in the
playwright package. On a bare system it may not even start — a fresh minimal Debian 12 lacks
`libatomic1` ("error while loading shared libraries: libatomic.so.1") — and Playwright then
reports only that the connection closed. That is not the browser's fault and installing another
browser would not help, so it gets its own words (and exit code 6): which library is missing and
which Debian package brings it.
"""

from __future__ import annotations

import re
import subprocess

from evidence_kit.errors import CaptureEngineFailed
from evidence_kit.secrets_env import child_env


# the shared libraries Node.js needs beyond the C library, and their Debian/Ubuntu packages
DEBIAN_PACKAGES = {"libatomic.so.1": "libatomic1", "libstdc++.so.6": "libstdc++6",
                   "libgcc_s.so.1": "libgcc-s1", "libdl.so.2": "libc6", "libm.so.6": "libc6",
                   "libpthread.so.0": "libc6"}
_MISSING_LIB = re.compile(r"error while loading shared libraries: ([^\s:]+)")


def driver_executable() -> str | None:
    try:
        from playwright._impl._driver import compute_driver_executable
    except ImportError:          # pragma: no cover - a Playwright without it
        return None
    try:
        return compute_driver_executable()[0]
    except Exception:            # noqa: BLE001 - Playwright's "no Node.js" error among others
        return None


def diagnose(cause: BaseException | None = None) -> CaptureEngineFailed:
    """Why the driver did not start, in words: runs it once with --version and reads what the
    system said (the dynamic loader names a missing library)."""
    node = driver_executable()
    detail = ""
    if node:
        try:
            done = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30,
                                  env=child_env(), stdin=subprocess.DEVNULL)
            if done.returncode != 0:
                detail = (done.stderr or done.stdout).strip()
        except OSError as exc:
            detail = f"{node}: {exc.strerror or exc}"
        except subprocess.TimeoutExpired:
            detail = f"{node} --version did not answer"
    if not detail and cause is not None:
        detail = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
    detail = detail.splitlines()[0][:300] if detail else "—"
    found = _MISSING_LIB.search(detail)
    if found:
        lib = found.group(1)
        package = DEBIAN_PACKAGES.get(lib)
        if package:
            return CaptureEngineFailed("capture.err.driver_library", library=lib, package=package,
                                       detail=detail)
        return CaptureEngineFailed("capture.err.driver_library_unknown", library=lib, detail=detail)
    return CaptureEngineFailed("capture.err.driver_start", detail=detail)
