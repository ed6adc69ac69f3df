"""Run `evidence-kit backup run` and kill this very process (SIGKILL, as kill -9 does) at the Nth
file operation on the target: before a copy, after the temp file is written and before its
rename, before each small file, before each removal. Run as a program by test_kill.py."""

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


wrap(targets.FolderTarget, "_copy_one")
wrap(targets.FolderTarget, "put_bytes")
wrap(targets.FolderTarget, "delete")
wrap(targets, "commit_temp")            # the moment between a whole temp file and its rename
rc = main(sys.argv[2:])
print(f"ops={count[0]}")
sys.exit(rc)
