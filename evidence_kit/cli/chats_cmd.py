"""Chat exports on the command line: `import` routes them here; `mark` marks messages that matter.

    evidence-kit import ~/Downloads/ChatExport_2026-11-20 "WhatsApp Chat - Bob.zip" --tz Asia/Dushanbe
    evidence-kit mark EK-0003 2 4 7          (--unmark to take marks back)
"""

from __future__ import annotations

from ..errors import BadInput, StorageError
from ..i18n import tr
from .context import Context, Progress


def add_import_options(p) -> None:
    p.add_argument("--tz", metavar="ZONE", default=None, help=tr("help.opt_tz"))
    p.add_argument("--include-account-data", action="store_true", help=tr("help.opt_include_account_data"))


def add_parser(add) -> None:
    p = add("mark", "help.mark")
    p.add_argument("id", metavar="ID")
    p.add_argument("messages", nargs="+", metavar="N", type=int)
    p.add_argument("--unmark", action="store_true", help=tr("help.opt_unmark"))


def plan_import(ctx: Context):
    """What to import; bad paths and an unknown --tz are refused before the vault is opened."""
    from .. import chats

    found = chats.plan(ctx.args.paths)
    if found.exports:
        ctx.zone = chats.zone(getattr(ctx.args, "tz", None))
    return found


def import_exports(ctx: Context, vault, found) -> tuple[list, list, int]:
    """Seal the chat exports of the plan; returns (items, the errors of what failed, how many
    chats were in the vault already). Words on stderr."""
    from .. import chats

    items, failed, duplicates = [], [], 0
    if not found.exports:
        for key, params in found.notes:
            ctx.err(tr(key, **params))
        return items, failed, duplicates
    progress = Progress(len(found.exports), tr("progress.importing"))
    known = chats.sealed_exports(vault)
    zone = ctx.zone
    zone_read = set()            # platforms whose times were read in the stated (or assumed) zone
    for e in found.exports:
        try:
            r = chats.import_export(vault, e, case=ctx.args.case, tz=zone, known=known,
                                    include_account_data=ctx.args.include_account_data)
        except BadInput as exc:
            progress.step(e.display_name)
            ctx.err(tr("import.failed_one", path=str(e.given), reason=exc.message()))
            failed.append(exc)
            continue
        except StorageError as exc:
            progress.finish()
            ctx.err(exc.message())
            ctx.err(tr("import.stopped", done=len(items)))
            return items, failed + [exc], duplicates
        progress.step(e.display_name)
        items += r.items
        if e.needs_zone and r.items:
            zone_read.add(e.platform)
        for label, exc in r.failed:
            ctx.err(tr("import.failed_one", path=label, reason=exc.message()))
            failed.append(exc)
        for name, exhibit in r.duplicates:
            ctx.err(tr("import.chat_duplicate", name=name, exhibit=exhibit))
        duplicates += len(r.duplicates)
        for key, params in r.notes:
            ctx.err(tr(key, **params))
    progress.finish()
    for key, params in found.notes:
        ctx.err(tr(key, **params))
    # the zone is spoken of only for times read in it: not for an export that failed, and as the
    # platform's own (WhatsApp's times never carry a zone; old Telegram exports' lack one)
    how = tr("import.zone_how_" + zone.how)
    if "whatsapp" in zone_read:
        ctx.err(tr("import.chat_zone", zone=zone.name, how=how))
    if "telegram" in zone_read:
        ctx.err(tr("import.chat_zone_telegram", zone=zone.name, how=how))
    if not ctx.json:
        for it in items:
            c = (it.metadata or {}).get("chat", {})
            n = c.get("counts", {})
            ctx.err(tr("import.chat_sealed", exhibit=it.exhibit, id=it.id, name=it.title,
                       messages=n.get("total", 0), media=n.get("media", 0), gaps=n.get("gaps", 0)))
    return items, failed, duplicates


def cmd_mark(ctx: Context) -> int:
    from .. import chats

    vault = ctx.open_vault(writable=True)
    marks = chats.mark(vault, ctx.args.id, ctx.args.messages, marked=not ctx.args.unmark)
    exhibit = vault.get(ctx.args.id).exhibit
    if ctx.json:
        ctx.print_json({"exhibit": exhibit, "marked": marks})
    else:
        ctx.out(tr("mark.done", exhibit=exhibit, marks=", ".join(map(str, marks)) or tr("word.none")))
    return 0


COMMANDS = {"mark": cmd_mark}
