"""Run `evidence-kit backup run` and kill this very process (SIGKILL, as kill -9 does) at the Nth
file operation on the target: before a copy, after the temp files are written and before they
are synced and renamed, between renames and folder syncs, before each small file, before each
removal. Run as a program by test_kill.py."""

import os
import signal
import sys

from evidence_kit.backup import targets
from evidence_kit.cli.main import main

AT = int(sys.argv[1])
count = [0]


def bump():
    count[0] += 1
    if count[0] == AT:
        os.kill(os.getpid(), signal.SIGKILL)


def wrap(owner, name):
    original = getattr(owner, name)

    def wrapped(*a, **kw):
        bump()
        return original(*a, **kw)

    setattr(owner, name, wrapped)


wrap(targets.FolderTarget, "_copy_one")     # before each file is copied to its temp file
wrap(targets.FolderTarget, "_publish")      # temp files whole, before they are synced and renamed
wrap(targets, "fsync_dir")                  # after renames, before each folder is synced
wrap(targets.FolderTarget, "put_bytes")     # head, vault.json, the marker
wrap(targets, "commit_temp")                # ...each between its whole temp file and its rename
wrap(targets.FolderTarget, "delete")        # the removal of what the vault no longer has
rc = main(sys.argv[2:])
print(f"ops={count[0]}")
sys.exit(rc)
