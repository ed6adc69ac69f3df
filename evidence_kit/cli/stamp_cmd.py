"""Trusted time on the command line.

    evidence-kit stamp                  ask again for every item still without a trusted time
                                        (exit 0 when none is left pending, 1 with words otherwise)
    evidence-kit settings --tsa URL[,URL…] | default | none

Every command that seals items (import, capture, and any added later) gets its new items stamped
when it has finished, through `stamp_new_items`, called once from `main`: sealing never waits for a
time-stamping service, and a service that does not answer leaves the item pending.
"""

from __future__ import annotations

from ..i18n import tr
from .context import Progress

COMMANDS: dict = {}
AFTER_COMMAND_BUDGET_S = 20.0     # at most this long after a command, whatever the services do


class _Later:
    """evidence_kit.timestamps, imported on first use: most commands never stamp anything, and
    its HTTP client is slow to import (every command's start-up counts)."""

    def __getattr__(self, name):
        from .. import timestamps as module

        return getattr(module, name)


timestamps = _Later()


def add_parser(add) -> None:
    add("stamp", "help.stamp")


def _problem_lines(ctx, report) -> None:
    for url, exc in report.problems.items():
        if url != "vault":
            ctx.err(tr("ts.stamp.problem", tsa=url, reason=exc.message()))
        else:
            ctx.err(exc.message())


def cmd_stamp(ctx) -> int:
    vault = ctx.open_vault(writable=True)
    tsas = timestamps.configured_tsas(vault)
    items = vault.items()
    if not tsas:
        pending = [i for i in items if not i.stamps]
        if ctx.json:
            ctx.print_json({"stamped": [], "pending": [i.exhibit for i in pending], "tsas": []})
        elif pending:
            ctx.err(tr("ts.stamp.off", count=len(pending)))
        else:
            ctx.out(tr("ts.stamp.nothing"))
        return 1 if pending else 0
    bar = None if ctx.json else Progress(1, tr("ts.stamp.progress"))
    report = timestamps.stamp_pending(vault)
    if bar is not None:
        bar.step()
    by_id = {i.id: i for i in vault.items()}
    if ctx.json:
        ctx.print_json({**report.to_dict(), "stamped": [by_id[i].exhibit for i in report.stamped],
                        "pending": [by_id[i].exhibit for i in report.pending]})
        return 1 if report.pending else 0
    if not report.stamped and not report.pending:
        ctx.out(tr("ts.stamp.nothing"))
        return 0
    if report.stamped:
        ctx.out(tr("ts.stamp.done", count=len(report.stamped), tokens=report.tokens))
        for iid in report.stamped:
            it = by_id[iid]
            s = it.stamps[-1]
            ctx.out(tr("ts.stamp.line", exhibit=it.exhibit, id=it.id, gen_time=s["gen_time"],
                       tsa=timestamps.tsa_host(s["tsa"])))
    if report.pending:
        names = [by_id[i].exhibit for i in report.pending]
        shown = ", ".join(names[:20]) + (" …" if len(names) > 20 else "")
        ctx.err(tr("ts.stamp.pending", count=len(names), exhibits=shown))
        _problem_lines(ctx, report)
        return 1
    return 0


def stamp_new_items(ctx) -> None:
    """After a command: ask for trusted time for the items it sealed (bounded; never fails it)."""
    vault = getattr(ctx, "_vault", None)
    before = getattr(ctx, "items_at_open", None)
    if vault is None or before is None or not vault.writable:
        return
    new = [i.id for i in vault.items()[before:]]
    if not new:
        return
    tsas = timestamps.configured_tsas(vault)
    if not tsas:
        return
    report = timestamps.stamp_pending(vault, new, tsas=tsas, budget_s=AFTER_COMMAND_BUDGET_S)
    if ctx.json:
        return
    if report.stamped:
        ctx.err(tr("ts.after.stamped", count=len(report.stamped)))
    if report.pending:
        ctx.err(tr("ts.after.pending", count=len(report.pending)))
        _problem_lines(ctx, report)


def settings_tsa(ctx, vault, value: str) -> None:
    """`settings --tsa`: a list of addresses, `default` or `none`; kept in the vault."""
    text = value.strip()
    if text.lower() == "default":
        urls = list(timestamps.DEFAULT_TSAS)
    elif text.lower() in ("none", "off", ""):
        urls = []
    else:
        urls = timestamps.parse_urls(text)
    vault.set_setting(timestamps.SETTING, urls)


def settings_rows(vault) -> dict:
    urls = timestamps.configured_tsas(vault)
    return {"tsa": urls}


def show_rows(vault, item) -> list[tuple[str, str]]:
    """The trusted-time lines of `show`: one per stamp, or "pending"."""
    if not item.stamps:
        return [(tr("field.trusted_time"), tr("ts.show_pending"))]
    return [(tr("field.trusted_time"), tr("ts.show_stamped", gen_time=s["gen_time"], tsa=timestamps.tsa_host(s["tsa"])))
            for s in item.stamps]


COMMANDS["stamp"] = cmd_stamp
