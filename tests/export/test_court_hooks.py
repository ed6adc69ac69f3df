"""Features add sections to the court dossier through export.court.hooks, from their own modules."""

from __future__ import annotations

import re

import export
from export.court import hooks

from .conftest import run
from .helpers import add_capture, post_png


def test_exhibit_cover_and_appendix_hooks_reach_the_pdf(make_vault, tmp_path, monkeypatch):
    hooks.load_sections()      # the real sections register in the real lists, before they are swapped
    vault, _ = make_vault()
    it = add_capture(vault, case="K", url="https://t.me/k/1", title="k", png=post_png(600, 500))
    calls = []

    def per_exhibit(d, item):
        calls.append(item.id)
        return [d.P(f"HOOK-EXHIBIT {item.exhibit}")]

    monkeypatch.setattr(hooks, "EXHIBIT_SECTIONS", [per_exhibit])
    monkeypatch.setattr(hooks, "COVER_SECTIONS", [lambda d: [d.P("HOOK-COVER")]])
    monkeypatch.setattr(hooks, "APPENDICES", [("court.section_index", lambda d: [d.P("HOOK-APPENDIX")])])
    out = tmp_path / "d.pdf"
    export.export_items(vault, "court", out, [it.id])
    text = re.sub(r"\s+", " ", run("pdftotext", "-enc", "UTF-8", out, "-").stdout)
    assert f"HOOK-EXHIBIT {it.exhibit}" in text
    assert text.index("HOOK-COVER") < text.index(f"HOOK-EXHIBIT {it.exhibit}") < text.index("HOOK-APPENDIX")
    assert calls == [it.id]                         # the dossier is laid out once
