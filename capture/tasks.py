"""Background tasks started from Playwright's event handlers, awaited or cancelled together."""

from __future__ import annotations

import asyncio


class TaskSet:
    def __init__(self):
        self._tasks: set[asyncio.Task] = set()

    def spawn(self, coro) -> asyncio.Task:
        t = asyncio.ensure_future(coro)
        self._tasks.add(t)
        t.add_done_callback(self._tasks.discard)
        return t

    async def wait(self, limit: float) -> None:
        """Let the running tasks finish, for at most `limit` seconds."""
        pending = [t for t in self._tasks if not t.done()]
        if pending:
            await asyncio.wait(pending, timeout=max(0.1, limit))

    def cancel(self) -> None:
        for t in list(self._tasks):
            if not t.done():
                t.cancel()
