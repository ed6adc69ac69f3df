#!/bin/bash
# The first backup to an emulated USB stick, beside `cp -r` + `sync` to the same stick.
#
#     sudo bench/usb_stick.sh [WRITE_MIB_S] [READ_MIB_S] [SIZE_MIB]     (defaults 40 120 1024)
#
# The stick is a loop device (an ext4 file system in a file under /var/tmp) whose writes and
# reads are throttled by the cgroup v1 blkio controller to the speeds given, as a USB 3 stick
# writes more slowly than it reads. Only the stick is throttled; the vault stays on the disk.
# Needs root, Linux, losetup, mkfs.ext4 and /sys/fs/cgroup/blkio. Removes all it made.
set -euo pipefail
W=${1:-40}; R=${2:-120}; SIZE=${3:-1024}
here=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON:-$here/.venv/bin/python}
img=/var/tmp/ek-usb-stick.img
mnt=/var/tmp/ek-usb-stick
cg=/sys/fs/cgroup/blkio
truncate -s $((SIZE * 3))M "$img"
dev=$(losetup -f --show "$img")
cleanup() {
    echo "${majmin:-0:0} 0" > "$cg/blkio.throttle.write_bps_device" 2>/dev/null || true
    echo "${majmin:-0:0} 0" > "$cg/blkio.throttle.read_bps_device" 2>/dev/null || true
    umount "$mnt" 2>/dev/null || true
    losetup -d "$dev" 2>/dev/null || true
    rm -f "$img"
}
trap cleanup EXIT
mkfs.ext4 -q "$dev"
mkdir -p "$mnt"
mount "$dev" "$mnt"
majmin=$(lsblk -dno MAJ:MIN "$dev" | tr -d ' ')
echo "$majmin $((W * 1048576))" > "$cg/blkio.throttle.write_bps_device"
echo "$majmin $((R * 1048576))" > "$cg/blkio.throttle.read_bps_device"
echo "emulated stick: writes $W MiB/s, reads $R MiB/s ($dev, $majmin)"
"$py" "$here/bench/bench_backup.py" --size-mib "$SIZE" --target-dir "$mnt" --first-only --fsync-each
