#!/usr/bin/env bash
# Developer tool (CI does not run it): does `.ci/run` pass on a fresh, minimal Debian 12?
#
#   bash scripts/check_bare_debian.sh [--keep] [--base-cache FILE.tar] [WORKDIR]
#
# As root, on a Debian/Ubuntu machine with network access to Debian and PyPI:
#   1. `debootstrap --variant=minbase bookworm` into WORKDIR/root (default: a new folder under
#      /var/tmp), then `apt-get install python3-venv git ca-certificates sudo` in it — the stand-in
#      for a bare machine that the README's "bash scripts/setup.sh test" must work on;
#   2. `git clone` this repository's committed HEAD into /src in it (uncommitted changes are
#      not included: what is checked is what would be submitted), with a read-only copy of the
#      shared/ folder beside the repository at /shared, as CI has;
#   3. mounts /proc, /sys and /dev, and runs `CI=true bash .ci/run` there as root, with no
#      terminal and a clean environment, as CI does;
#   4. unmounts and removes everything (unless --keep), and exits with .ci/run's exit code.
#
# --base-cache FILE.tar keeps the freshly bootstrapped base (step 1) in FILE.tar and reuses it on
# the next run, which saves the few minutes debootstrap takes; delete the file for a new base.
# The log of the run is WORKDIR/ci.log.
set -euo pipefail

keep=0
cache=""
work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=1 ;;
    --base-cache) cache="$2"; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) work="$1" ;;
  esac
  shift
done

say() { printf '\n== %s\n' "$*" >&2; }

[ "$(id -u)" -eq 0 ] || { echo "Run this as root (debootstrap and chroot need it)." >&2; exit 2; }
repo="$(cd "$(dirname "$0")/.." && pwd)"
head="$(git -C "$repo" rev-parse HEAD)"
if ! command -v debootstrap >/dev/null 2>&1; then
  say "Installing debootstrap"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >&2
fi

work="${work:-$(mktemp -d /var/tmp/ek-bare-XXXXXX)}"
mkdir -p "$work"
root="$work/root"
mounted=()
cleanup() {
  for ((i=${#mounted[@]}-1; i>=0; i--)); do
    umount -R -l "${mounted[$i]}" 2>/dev/null || true
  done
  if [ "$keep" -eq 0 ]; then
    rm -rf --one-file-system "$root"
  else
    echo "Kept: $root (remove with: rm -rf --one-file-system $root)" >&2
  fi
}
trap cleanup EXIT

if [ -e "$root" ]; then
  echo "$root already exists: give a new WORKDIR." >&2
  trap - EXIT
  exit 2
fi
mkdir -p "$root"

mirror="http://deb.debian.org/debian"
if [ -n "$cache" ] && [ -s "$cache" ]; then
  say "Reusing the bare Debian 12 base from $cache"
  tar -C "$root" -xpf "$cache"
else
  say "debootstrap --variant=minbase bookworm (a few minutes)"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  say "apt-get install python3-venv git ca-certificates sudo"
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    sh -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-venv git ca-certificates sudo' \
    >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log" >&2; exit 1; }
  if [ -n "$cache" ]; then
    say "Saving the base to $cache"
    tar -C "$root" -cpf "$cache" .
  fi
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Certificate authorities this machine's administrator added (a network that inspects TLS, for
# instance): without them the chroot could not reach PyPI the way this machine does.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  chroot "$root" /usr/sbin/update-ca-certificates >/dev/null 2>&1 || true
fi

say "Cloning $head into /src"
git clone -q --no-hardlinks "$repo" "$root/src"
git -C "$root/src" checkout -q "$head"
# CI lays a read-only copy of shared/ (the real-world pages and exports some tests read) beside
# the clone: so does this check, when the repository has one beside it
if [ -d "$repo/../shared" ]; then
  cp -r "$repo/../shared" "$root/shared"
  chmod -R a-w "$root/shared"
fi

for m in proc sys dev; do
  mkdir -p "$root/$m"
done
mount -t proc proc "$root/proc"; mounted+=("$root/proc")
mount --rbind /sys "$root/sys"; mount --make-rslave "$root/sys"; mounted+=("$root/sys")
mount --rbind /dev "$root/dev"; mount --make-rslave "$root/dev"; mounted+=("$root/dev")
# a /dev/shm of its own, as a machine has: the capture tests count the browser's folders there
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm"; mounted+=("$root/dev/shm")

say "Running .ci/run in the bare Debian 12 (log: $work/ci.log)"
set +e
chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 CI=true TERM=dumb \
  bash -c 'cd /src && bash .ci/run' </dev/null >"$work/ci.log" 2>&1
rc=$?
set -e
tail -30 "$work/ci.log" >&2
if [ "$rc" -eq 0 ]; then
  say ".ci/run passed on a bare Debian 12 (commit $head)"
else
  say ".ci/run FAILED on a bare Debian 12 with exit code $rc (commit $head); see $work/ci.log"
fi
exit "$rc"
