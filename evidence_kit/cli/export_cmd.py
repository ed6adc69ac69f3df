"""`evidence-kit export` and `evidence-kit verify-bundle`: where the export package is put to work.

    evidence-kit export --kind court|platform|bundle (--case NAME | ID...) --out PATH
                        [--lang en|ru|tg] [--paper a4|letter] [--include-sensitive] [--overwrite]
                        [--max-size MB]   (court: volumes of at most MB each, for e-filing)
                        [--platform NAME] (platform: only that platform; else one file per platform)
                        [--include-original-paths] [--chat-messages marked|all]
    evidence-kit verify-bundle FILE.zip [--expect-fingerprint HEX]
    evidence-kit verify-pdf FILE.pdf [--expect-fingerprint HEX]
                        exit 0: signed over the whole document, the chain leads to a vault key
                        (to that one, with HEX); 1: not so, in words; 2: no PDF, or a bad HEX

The document's language is --lang (the same option that sets the command's own language).
"""

from __future__ import annotations

from ..errors import BadInput
from ..i18n import get_language, tr
from .context import progress_callback

COMMANDS: dict = {}


def add_parser(add) -> None:
    p = add("export", "help.export")
    p.add_argument("ids", nargs="*", metavar="ID", help=tr("ex.help.ids"))
    p.add_argument("--kind", required=True, choices=["court", "platform", "bundle"], help=tr("ex.help.kind"))
    p.add_argument("--case", default=None, metavar="NAME", help=tr("ex.help.case"))
    p.add_argument("--out", required=True, metavar="PATH", help=tr("ex.help.out"))
    p.add_argument("--paper", default="a4", choices=["a4", "letter"], help=tr("ex.help.paper"))
    p.add_argument("--include-sensitive", action="store_true", help=tr("ex.help.include_sensitive"))
    p.add_argument("--overwrite", action="store_true", help=tr("ex.help.overwrite"))
    p.add_argument("--max-size", default=None, metavar="MB", help=tr("ex.help.max_size"))
    p.add_argument("--platform", default=None, metavar="NAME", help=tr("ex.help.platform"))
    p.add_argument("--chat-messages", default="marked", choices=["marked", "all"], help=tr("ex.help.chat_messages"))
    p.add_argument("--include-original-paths", action="store_true", help=tr("ex.help.include_paths"))
    p = add("verify-bundle", "ex.help.verify_bundle")
    p.add_argument("bundle", metavar="FILE.zip", help=tr("ex.help.bundle_file"))
    p.add_argument("--expect-fingerprint", metavar="HEX", help=tr("ex.help.expect_fingerprint"))
    p = add("verify-pdf", "ex.help.verify_pdf")
    p.add_argument("pdf", metavar="FILE.pdf", help=tr("ex.help.pdf_file"))
    p.add_argument("--expect-fingerprint", metavar="HEX", help=tr("ex.help.expect_fingerprint"))


def cmd_export(ctx) -> int:
    import export

    args = ctx.args
    if args.ids and args.case is not None:
        raise BadInput("ex.error.nothing_chosen")
    if not args.ids and args.case is None:
        raise BadInput("ex.error.nothing_chosen")
    lang = getattr(args, "lang", None) or get_language()
    if args.kind == "platform" and args.include_sensitive:
        ctx.err(tr("ex.cli.platform_no_sensitive"))
    vault = ctx.open_vault(writable=True)
    progress, finish = progress_callback(ctx, "ex.cli.progress")
    try:
        result = export.export_items(vault, args.kind, args.out, args.ids or None, case=args.case,
                                     lang=lang, paper=args.paper,
                                     include_sensitive=args.include_sensitive,
                                     overwrite=args.overwrite, progress=progress,
                                     max_size=args.max_size, platform=args.platform,
                                     include_paths=args.include_original_paths,
                                     chat_messages=args.chat_messages)
    finally:
        finish()
    if result.references_left_out:      # her photos never leave the vault: say so, on stderr
        ctx.err(tr("ex.cli.references_left_out", count=result.references_left_out))
    if ctx.json:
        ctx.print_json(result.to_dict())
        return 0
    if result.kind == "platform" and len(result.files) > 1:
        ctx.out(tr("ex.cli.done_platforms"))
        for f in result.files:
            ctx.out(tr("ex.cli.platform_file", platform=f.platform, path=str(f.path), count=len(f.exhibits)))
    elif len(result.files) > 1:
        ctx.out(tr("ex.cli.done_volumes", count=len(result.files), limit=args.max_size))
        for f in result.files:
            ctx.out(tr("ex.cli.file_line", path=str(f.path), size=f"{f.size / 1e6:.1f} MB", sha=f.sha256))
    else:
        ctx.out(tr("ex.cli.done_" + result.kind, path=str(result.path)))
    if len(result.files) <= 1:         # several files: each line above has its own hash
        ctx.out(tr("ex.cli.details", count=len(result.exhibits), id=result.dossier_id, sha=result.sha256))
    if result.include_sensitive:
        ctx.out(tr("ex.cli.sensitive_on"))
    ctx.out(tr("ex.cli.logged"))
    return 0


def _check_args(ctx) -> tuple[str, str | None]:
    """What verify-bundle and verify-pdf both take: the language, and the fingerprint expected
    (normalised; bad input is refused before any file is read), or None."""
    from .fingerprint_cmd import normalise_fingerprint

    lang = getattr(ctx.args, "lang", None) or get_language()
    expected = ctx.args.expect_fingerprint
    return lang, normalise_fingerprint(expected) if expected is not None else None


def cmd_verify_bundle(ctx) -> int:
    import export

    lang, expected = _check_args(ctx)
    report = export.verify_bundle(ctx.args.bundle, lang=lang, expect_fingerprint=expected)
    if ctx.json:
        ctx.print_json(report.to_dict())
        return 0 if report.ok else 1
    for p in report.problems:
        ctx.out("✗ " + p.message)
    if report.ok:
        ctx.out("✓ " + tr("ex.cli.vb_ok", files=report.files_checked, entries=report.log_entries))
    else:
        ctx.out(tr("ex.cli.vb_bad", count=len(report.problems)))
    if report.fingerprint and expected is None:
        ctx.out(tr("ex.cli.vb_compare", fingerprint=report.fingerprint))
    elif report.fingerprint == expected:
        ctx.out(tr("ex.cli.vb_expected_ok", fingerprint=report.fingerprint))
    if report.withheld_files:
        ctx.out(tr("ex.cli.vb_withheld", count=report.withheld_files))
    if report.tokens_trusted:
        ctx.out(tr("ex.cli.vb_trusted", count=report.tokens_trusted))
    for u in report.untrusted_tokens:
        ctx.out("! " + tr("ex.cli.vb_untrusted", path=u["path"], reason=u["reason"]))
    return 0 if report.ok else 1


def cmd_verify_pdf(ctx) -> int:
    import export

    from .fingerprint_cmd import grouped

    lang, expected = _check_args(ctx)
    report = export.verify_pdf(ctx.args.pdf, lang=lang, expect_fingerprint=expected)
    if ctx.json:
        ctx.print_json(report.to_dict())
        return 0 if report.ok else 1
    for p in report.problems:
        ctx.out("✗ " + p.message)
    if report.ok and expected is not None:
        ctx.out("✓ " + tr("ex.cli.vp_ok_expected", fingerprint=report.fingerprint))
    elif report.ok:
        ctx.out("✓ " + tr("ex.cli.vp_ok"))
        ctx.out(tr("ex.cli.vp_compare", fingerprint=report.fingerprint, grouped=grouped(report.fingerprint)))
    else:
        if report.fingerprint and expected is None:
            ctx.out(tr("ex.cli.vp_leads_to", fingerprint=report.fingerprint))
        ctx.out(tr("ex.cli.vp_bad", count=len(report.problems)))
    return 0 if report.ok else 1


COMMANDS["export"] = cmd_export
COMMANDS["verify-bundle"] = cmd_verify_bundle
COMMANDS["verify-pdf"] = cmd_verify_pdf
