#!/usr/bin/env bash
# Installs everything Evidence Kit needs on a Debian/Ubuntu machine, then starts the app or runs the tests.
#   bash scripts/setup.sh app    install, then start the desktop app
#   bash scripts/setup.sh test   install, then run the whole test suite (what CI runs)
#   bash scripts/setup.sh        install only
# Safe to run again: what is already there is not installed twice.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-install}"
shift || true

say() { printf '\n== %s\n' "$*" >&2; }

# --- system packages -------------------------------------------------------------------------
# chromium: the browser Playwright drives when no Chrome/Edge is installed (Playwright's own
# download is not reachable everywhere); poppler-utils/qpdf: the tests read PDFs back the way a
# court clerk's tools would; xvfb + xcb libraries: a real Qt window for screenshots; fonts-dejavu:
# a fallback only (the app and PDFs use the fonts bundled under assets/fonts); ffmpeg: joins a
# video's streams (YouTube, HLS, DASH) into one playable file, without re-encoding; g++ and
# python3-dev: the PDQ perceptual hash (pdqhash) is compiled from source when it is installed;
# libatomic1: Playwright's driver (the Node.js program that drives the browser) needs it, and a
# minimal Debian lacks it (capture/driver.py names the library when the driver cannot start).
# rclone: backups to a remote (WebDAV/Nextcloud, S3, SFTP, Google Drive) and, in the tests, a
# WebDAV server on 127.0.0.1; age: the stock tool a lawyer without Evidence Kit opens a share with
# (the tests check that it can).
apt_pkgs=(poppler-utils qpdf xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4
          libxcb-keysyms1 libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-shape0
          libxcb-xinerama0 libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
          python3-venv openssl ffmpeg g++ python3-dev libatomic1 rclone age)
have_browser() {
  [ -n "${EVIDENCE_KIT_BROWSER:-}" ] && [ -x "${EVIDENCE_KIT_BROWSER}" ] && return 0
  for b in google-chrome google-chrome-stable chromium chromium-browser microsoft-edge msedge; do
    command -v "$b" >/dev/null 2>&1 && return 0
  done
  return 1
}
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${apt_pkgs[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  have_browser || missing+=(chromium)
  if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    say "Installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
else
  say "Not a Debian-family system: install a Chromium-family browser, poppler-utils and qpdf yourself."
fi

# --- Python environment ------------------------------------------------------------------------
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  say "Creating the virtual environment in .venv"
  "$PY" -m venv .venv
fi
# Reinstall when the dependencies or the set of top-level packages change (an editable install
# maps only the packages that existed when it was made).
stamp=.venv/.evidence-kit-installed
want="$( (cat pyproject.toml; ls -d */__init__.py 2>/dev/null) | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "Installing Evidence Kit and its Python packages"
  .venv/bin/python -m pip install -q --upgrade pip >&2 || true
  .venv/bin/python -m pip install -q -e '.[test]' >&2
  echo "$want" > "$stamp"
fi

# Playwright's own browser is only a last resort (its download is blocked on some networks).
if ! have_browser; then
  say "No Chrome, Chromium or Edge found; trying Playwright's own Chromium"
  .venv/bin/python -m playwright install chromium >&2 || say "Could not download a browser. Capturing pages needs Chrome, Chromium or Edge."
fi

# Byte-code for our own modules, as pip writes it for an installed wheel: an editable install has
# none, and where PYTHONDONTWRITEBYTECODE is set Python never writes it, so every command compiled
# about 40 modules (0.05 s) before doing anything. compileall skips what is up to date.
.venv/bin/python -m compileall -q evidence_kit capture export ui >/dev/null || true

# Translations for the app are compiled from the .ts sources when the tool is present.
if [ -x scripts/build_translations.sh ]; then
  bash scripts/build_translations.sh >&2 || true
fi

case "$mode" in
  app)
    exec .venv/bin/evidence-kit-gui "$@" ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    set +e
    .venv/bin/python -m pytest "$@"
    rc=$?
    set -e
    # pytest's 5 means "no tests were collected": that is a failure of the suite, say so.
    if [ "$rc" -eq 5 ]; then echo "No tests were collected." >&2; exit 1; fi
    exit "$rc" ;;
  install)
    say "Installed. Start the app with: .venv/bin/evidence-kit-gui" ;;
  *)
    echo "usage: bash scripts/setup.sh [app|test|install]" >&2; exit 2 ;;
esac
