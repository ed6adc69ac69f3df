"""Before the desktop app starts Qt: is there a screen, and can Qt's screen plugin load?

With a screen (X11) but without some of Qt's xcb libraries (a fresh Debian lacks
`libxcb-icccm4`, `libxcb-keysyms1`, `libxcb-cursor0`, …), Qt aborts the whole process with
"Could not load the Qt platform plugin "xcb"" — an abort no Python code can catch, and words
that do not say what to install. So the command line looks first: it asks the dynamic loader
(`ldd`, or a trial `dlopen` where there is no ldd) which libraries Qt's xcb plugin cannot find,
and names the Debian/Ubuntu packages that bring them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# shared library -> the Debian/Ubuntu package that provides it (what Qt's xcb plugin links)
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinput.so.0": "libxcb-xinput0", "libxcb.so.1": "libxcb1",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6", "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6", "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0", "libOpenGL.so.0": "libopengl0", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0", "libpng16.so.16": "libpng16-16", "libz.so.1": "zlib1g",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.M)
_DLOPEN_MISSING = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")


def uses_xcb(environ=None) -> bool:
    """Will Qt pick its xcb (X11) plugin? Linux/BSD with DISPLAY, no Wayland session, and no
    other platform asked for (QT_QPA_PLATFORM=offscreen, wayland, …)."""
    env = os.environ if environ is None else environ
    if sys.platform.startswith(("win", "darwin")):
        return False
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa:
        return qpa.split(";")[0].split(":")[0] == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    base = Path(PySide6.__file__).resolve().parent
    for cand in (base / "Qt" / "plugins" / "platforms" / "libqxcb.so",
                 base / "plugins" / "platforms" / "libqxcb.so"):
        if cand.is_file():
            return cand
    return None


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries `plugin` needs that the dynamic loader cannot find."""
    ldd = shutil.which("ldd")
    if ldd:
        try:
            out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30,
                                 stdin=subprocess.DEVNULL)
            return list(dict.fromkeys(_NOT_FOUND.findall(out.stdout + out.stderr)))
        except (OSError, subprocess.TimeoutExpired):
            pass
    import ctypes

    try:                                   # no ldd: try loading it (names the first one missing)
        ctypes.CDLL(str(plugin), mode=getattr(os, "RTLD_LAZY", 1))
    except OSError as exc:
        found = _DLOPEN_MISSING.search(str(exc))
        return [found.group(1)] if found else []
    return []


def qt_screen_problem(environ=None) -> tuple[str, dict] | None:
    """(message key, fields) when the app could not open a window here; None when it can try."""
    env = os.environ if environ is None else environ
    if not uses_xcb(env):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None                        # not a pip PySide6 (a distribution's Qt): let Qt say
    missing = missing_libraries(plugin)
    if not missing:
        return None
    packages = list(dict.fromkeys(DEBIAN_PACKAGES[lib] for lib in missing if lib in DEBIAN_PACKAGES))
    unknown = [lib for lib in missing if lib not in DEBIAN_PACKAGES]
    fields = {"libraries": ", ".join(missing), "packages": " ".join(packages)}
    if packages and not unknown:
        return "hd.gui.xcb_missing", fields
    return "hd.gui.xcb_missing_unknown", fields
