"""The full-page screenshot. A page up to `tile_height` px is one picture; a taller one is taken in
tiles of at most that height (Chromium repeats or blanks parts of single shots above about
16,384 px), each checked: a tile that is blank (one colour) or the same as the tile above is taken
again once after scrolling there, and if it still is, that is recorded as a gap. The page's full
width is kept, also when the height is cut at the limit.
"""

from __future__ import annotations

import asyncio
import io

from .model import PageCapture
from .navigate import Deadline
from .shots import Shooter


def tile_problem(data: bytes, previous: bytes | None) -> str | None:
    """"blank" if the picture is one colour, "repeat" if it shows the same pixels as the top of
    the previous tile; else None. (Runs in a worker thread: decoding takes a moment.)"""
    from PIL import Image, ImageChops

    with Image.open(io.BytesIO(data)) as im:
        im = im.convert("RGB")
        if all(lo == hi for lo, hi in im.getextrema()):
            return "blank"
        if previous is None:
            return None
        with Image.open(io.BytesIO(previous)) as prev:
            prev = prev.convert("RGB")
            if prev.width != im.width:
                return None
            top = prev.crop((0, 0, prev.width, min(prev.height, im.height)))
            mine = im.crop((0, 0, im.width, top.height))
            return "repeat" if ImageChops.difference(top, mine).getbbox() is None else None


async def full_page(page, pc: PageCapture, opts, deadline: Deadline, width: int, height: int,
                    shooter: Shooter) -> None:
    """Add the full-page screenshot (one file, or tiles) and metadata["screenshot"]."""
    shown = min(height, opts.max_height)
    cut = height > opts.max_height
    info = {"height": shown, "truncated": cut, "page_height": height, "width": width}
    if shown <= opts.tile_height:
        clip = {"x": 0, "y": 0, "width": width, "height": shown} if cut else None
        shot = await shooter.full(deadline.left(cap=60), clip)
        pc.add("screenshot-full.png", shot, "screenshot_full", "image/png")
    else:
        info["tiles"] = await _tiles(page, pc, opts, deadline, width, shown, shooter)
    info.update(shooter.method)
    if cut:
        pc.gap("capture.gap.cut_at_limit", height=height, limit=opts.max_height, width=width)
    pc.metadata["screenshot"] = info


async def _tiles(page, pc: PageCapture, opts, deadline: Deadline, width: int, shown: int,
                 shooter: Shooter) -> list[dict]:
    tiles: list[dict] = []
    previous = None
    count = -(-shown // opts.tile_height)
    for n in range(1, count + 1):
        top = (n - 1) * opts.tile_height
        h = min(opts.tile_height, shown - top)
        clip = {"x": 0, "y": top, "width": width, "height": h}
        shot = await shooter.full(deadline.left(cap=60), clip)
        problem = await asyncio.to_thread(tile_problem, shot, previous)
        retried = False
        if problem is not None and deadline.left() > 5:
            retried = True            # once more, with the page scrolled there and drawn again
            try:
                await page.evaluate("async (y) => { window.scrollTo(0, y); await new Promise(r => "
                                    "requestAnimationFrame(() => requestAnimationFrame(r))); }", top)
            except Exception:
                pass
            shot = await shooter.full(deadline.left(cap=60), clip)
            problem = await asyncio.to_thread(tile_problem, shot, previous)
        name = f"screenshot-full-{n:02d}.png"
        pc.add(name, shot, "screenshot_full", "image/png")
        if problem is not None:
            pc.gap("capture.gap.tile_" + problem, part=n, top=top, bottom=top + h)
        tiles.append({"name": name, "top": top, "height": h, "check": problem or "ok", "retried": retried})
        previous = shot
    try:
        await page.evaluate("() => window.scrollTo(0, 0)")
    except Exception:
        pass
    return tiles
