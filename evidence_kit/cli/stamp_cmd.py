"""Trusted time on the command line.

    evidence-kit stamp                  ask again for every item still without a trusted time
                                        (exit 0 when none is left pending, 1 with words otherwise)
    evidence-kit settings --tsa URL[,URL…] | default | none
    evidence-kit settings --tsa-ca FILE | none        trust a time-stamping authority's root (kept in the vault)
    evidence-kit settings --tsa-ca-remove SHA256      stop trusting one of the roots added
    EVIDENCE_KIT_TSA_CA=FILE evidence-kit …           trust a root for this run only

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
        if url not in ("vault", "proxy"):
            ctx.err(tr("ts.stamp.problem", tsa=url, reason=exc.message()))
        else:
            ctx.err(exc.message())


def cmd_stamp(ctx) -> int:
    vault = ctx.open_vault(writable=True)
    tsas = timestamps.configured_tsas(vault)
    items = vault.items()
    if not tsas:
        trust = timestamps.tsa_trust.roots(vault)
        pending = [i for i in items if timestamps.status(i, vault, trust) != "stamped"]
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
        trust = timestamps.tsa_trust.roots(vault)
        for iid in report.stamped:
            it = by_id[iid]
            s = timestamps.trusted_stamps(vault, it, trust)[-1]
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
    # the route of the command that sealed them (a capture's --proxy / --no-proxy), else the proxy
    # in force: never a direct connection right after a capture made through a proxy
    route = getattr(ctx, "route", None)
    kw = {"proxy": route[0]} if route is not None else {}
    report = timestamps.stamp_pending(vault, new, tsas=tsas, budget_s=AFTER_COMMAND_BUDGET_S, **kw)
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
        urls = None                  # the built-in list of this version (not a copy of today's)
    elif text.lower() in ("none", "off", ""):
        urls = []
    else:
        urls = timestamps.parse_urls(text)
    vault.set_setting(timestamps.SETTING, urls)


def check_ca_file(path: str) -> None:
    """`settings --tsa-ca FILE`: a file that holds no certificate is bad input, said in words."""
    from .. import tsa_trust

    if path.strip().lower() != "none":
        tsa_trust.read_file(path)


def settings_tsa_ca(ctx, vault, path: str) -> None:
    """`settings --tsa-ca FILE`: trust the root(s) in FILE for this vault; `none` removes every
    root she added (the built-in authorities' roots stay)."""
    from pathlib import Path

    from .. import tsa_trust

    if path.strip().lower() == "none" and not Path(path).exists():
        gone = tsa_trust.remove_from_vault(vault, "all")
        if not ctx.json:
            ctx.out(tr("ts.ca.removed_all", count=len(gone)))
        return
    added = tsa_trust.add_to_vault(vault, path)
    if not ctx.json:
        if not added:
            ctx.out(tr("ts.ca.already", path=path))
        for r in added:
            ctx.out(tr("ts.ca.added", subject=r.subject, sha256=r.sha256))
        if added:
            ctx.out(tr("ts.ca.warning"))


def settings_tsa_ca_remove(ctx, vault, which: str) -> None:
    from .. import tsa_trust

    gone = tsa_trust.remove_from_vault(vault, which)
    if not ctx.json:
        for e in gone:
            ctx.out(tr("ts.ca.removed", subject=e.get("subject", ""), sha256=e.get("sha256", "")))


def settings_rows(vault) -> dict:
    from .. import tsa_trust

    urls = timestamps.configured_tsas(vault)
    return {"tsa": urls, "tsa_ca": [r.to_dict() for r in tsa_trust.roots(vault).roots]}


def settings_lines(ctx, roots: list[dict]) -> None:
    """`settings`: the roots a time stamp must chain to, whose they are, how to remove hers."""
    from .. import tsa_trust

    ctx.out(tr("field.tsa_ca") + ":")
    for r in roots:
        ctx.out(tr("ts.ca.line_" + r["origin"], subject=r["subject"], sha256=r["sha256"],
                   not_after=r["not_after"]))
    problem = tsa_trust.env_problem()
    if problem is not None:
        ctx.err(tr("ts.ca.env_unusable", var=tsa_trust.ENV, reason=problem.message()))


def show_rows(vault, item) -> list[tuple[str, str]]:
    """The trusted-time lines of `show`: one per stamp (an untrusted one says so), or "pending"."""
    judged = timestamps.assess(vault, item)
    rows = []
    for s in judged:
        host = timestamps.tsa_host(s["tsa"])
        if s["trust"] == timestamps.TRUSTED:
            rows.append((tr("field.trusted_time"), tr("ts.show_stamped", gen_time=s["gen_time"], tsa=host)))
        else:
            rows.append((tr("field.trusted_time"), tr("ts.show_untrusted", gen_time=s["gen_time"], tsa=host,
                                                      why=timestamps.untrusted_words(s["trust_reason"]))))
    if not any(s["trust"] == timestamps.TRUSTED for s in judged):
        rows.append((tr("field.trusted_time"), tr("ts.show_pending")))
    return rows


COMMANDS["stamp"] = cmd_stamp
