"""`evidence-kit identity`, `share` and `receive`: a case handed to a lawyer, encrypted to her key.

    evidence-kit identity                       this vault's age recipient (age1…) and fingerprint
    evidence-kit share (ID... | --case NAME) --to age1... [--to ...] --out FILE.age
                       [--include-sensitive] [--overwrite]
                       the verification bundle, encrypted (age v1) to each recipient
    evidence-kit receive FILE.age [--expect-fingerprint HEX] [--case NAME]
                       exit 0: received; 1: the file fails the checks (damaged, changed, not signed
                       by the expected vault); 2: no file, not a share, addressed to another vault,
                       already received
"""

from __future__ import annotations

from ..errors import BadInput
from ..i18n import get_language, tr
from .context import progress_callback

COMMANDS: dict = {}


def add_parser(add) -> None:
    add("identity", "share.help.identity")
    p = add("share", "share.help.share")
    p.add_argument("ids", nargs="*", metavar="ID", help=tr("ex.help.ids"))
    p.add_argument("--case", default=None, metavar="NAME", help=tr("ex.help.case"))
    p.add_argument("--to", action="append", default=[], metavar="age1…", help=tr("share.help.to"))
    p.add_argument("--out", required=True, metavar="FILE", help=tr("share.help.out"))
    p.add_argument("--paper", default="a4", choices=["a4", "letter"], help=tr("ex.help.paper"))
    p.add_argument("--include-sensitive", action="store_true", help=tr("ex.help.include_sensitive"))
    p.add_argument("--overwrite", action="store_true", help=tr("ex.help.overwrite"))
    p = add("receive", "share.help.receive")
    p.add_argument("file", metavar="FILE", help=tr("share.help.file"))
    p.add_argument("--expect-fingerprint", metavar="HEX", help=tr("share.help.expect_fingerprint"))
    p.add_argument("--case", default=None, metavar="NAME", help=tr("share.help.case"))


def cmd_identity(ctx) -> int:
    from .. import identity
    from .fingerprint_cmd import grouped

    from ..vault import Vault

    Vault.read_header(ctx.vault_path)            # "no vault here" before asking for a secret
    secret = ctx.unlock_secret()
    vault = ctx.open_vault(writable=False, secret=secret)
    recipient = identity.recipient(vault)
    if recipient is None:             # made once, the first time it is asked for
        ctx.close()
        vault = ctx.open_vault(writable=True, secret=secret)
        recipient = identity.ensure(vault)
    fp = vault.fingerprint
    if ctx.json:
        ctx.print_json({"recipient": recipient, "fingerprint": fp, "grouped": grouped(fp),
                        "vault": str(vault.path)})
        return 0
    ctx.out(recipient)
    ctx.out(tr("share.identity.fingerprint", fingerprint=fp))
    ctx.err(tr("share.identity.advice"))
    return 0


def cmd_share(ctx) -> int:
    from .. import identity
    from export.share import share_items

    args = ctx.args
    if bool(args.ids) == (args.case is not None):
        raise BadInput("ex.error.nothing_chosen")
    if not args.to:
        raise BadInput("share.error.no_recipient")
    for r in args.to:                   # a mistyped key is said before the vault is opened
        identity.parse_recipient(r)
    lang = getattr(args, "lang", None) or get_language()
    vault = ctx.open_vault(writable=True)
    progress, finish = progress_callback(ctx, "share.progress")
    try:
        result = share_items(vault, args.out, args.ids or None, case=args.case, recipients=args.to,
                             lang=lang, paper=args.paper, include_sensitive=args.include_sensitive,
                             overwrite=args.overwrite, progress=progress)
    finally:
        finish()
    if result.references_left_out:
        ctx.err(tr("ex.cli.references_left_out", count=result.references_left_out))
    if ctx.json:
        ctx.print_json(result.to_dict())
        return 0
    ctx.out(tr("share.done", path=str(result.path), count=len(result.exhibits)))
    ctx.out(tr("share.details", sha=result.sha256, id=result.dossier_id))
    ctx.out(tr("share.recipients"))
    for r in result.recipients:
        ctx.out("  " + r)
    if result.include_sensitive:
        ctx.out(tr("ex.cli.sensitive_on"))
    ctx.out(tr("share.safe_to_send"))
    ctx.out(tr("share.logged"))
    return 0


def cmd_receive(ctx) -> int:
    from export.share import ShareNotVerified, open_share

    from .fingerprint_cmd import grouped, normalise_fingerprint

    args = ctx.args
    expected = normalise_fingerprint(args.expect_fingerprint) if args.expect_fingerprint is not None else None
    lang = getattr(args, "lang", None) or get_language()
    vault = ctx.open_vault(writable=True)
    try:
        opened = open_share(vault, args.file, expect_fingerprint=expected, lang=lang)
    except ShareNotVerified as exc:
        for p in exc.problems:
            ctx.err("✗ " + p.message)
        raise
    with opened:
        s = opened.sender
        if not ctx.json:
            if s.confirmed:
                ctx.out("✓ " + tr("share.recv.confirmed", fingerprint=s.fingerprint))
            else:
                ctx.out("! " + tr("share.recv.unconfirmed", fingerprint=s.fingerprint,
                                  grouped=grouped(s.fingerprint)))
            ctx.out(tr("share.recv.holds", count=len(opened.exhibits), id=opened.report.dossier_id,
                       files=opened.report.files_checked))
        progress, finish = progress_callback(ctx, "share.recv.progress")
        try:
            result = opened.receive(case=args.case, progress=progress)
        finally:
            finish()
    if ctx.json:
        ctx.print_json(result.to_dict())
        return 0
    for m in result.mapping:
        ctx.out(tr("share.recv.item", sender=m["sender_exhibit"], exhibit=m["exhibit"], id=m["id"]))
    for m in result.duplicates:
        ctx.out(tr("share.recv.duplicate", sender=m["sender_exhibit"], exhibit=m["exhibit"]))
    if result.withheld:
        ctx.out(tr("share.recv.withheld", count=len(result.withheld), exhibits=", ".join(result.withheld)))
    ctx.out(tr("share.recv.done", count=len(result.items), sha=result.share.sha256))
    return 0


COMMANDS["identity"] = cmd_identity
COMMANDS["share"] = cmd_share
COMMANDS["receive"] = cmd_receive
