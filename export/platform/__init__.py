"""The platform takedown report: one file per platform, short, for a trust-and-safety reviewer.

`report` lays it out (one file per platform or per site, see there), `chat` writes a chat export's
lines (message and sender ids, no picture), `routes` says how to reach each platform.
"""

from __future__ import annotations

from .report import PlatformReport, build, keys_of, platform_key, platform_name, split

__all__ = ["PlatformReport", "build", "keys_of", "platform_key", "platform_name", "split"]
