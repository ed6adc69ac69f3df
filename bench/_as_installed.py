"""Run the benchmarks as a user meets the program: with its modules compiled to bytecode, as
`pip install` leaves them (and as the first run of an editable install writes them).

A shell with PYTHONDONTWRITEBYTECODE set (this project's build machines have it) would otherwise
make every timed process compile Evidence Kit's ~200 modules from source again, about 40 ms that no
user pays. Importing this module removes the variable for this process and every process it starts,
and compiles the four packages once, before anything is timed."""

from __future__ import annotations

import compileall
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
for package in ("evidence_kit", "capture", "export", "ui"):
    compileall.compile_dir(str(ROOT / package), quiet=1)
