"""The appendices: the custody log, the methodology, the collector's declaration, the pack for
the notary and the police, the legal references and how to verify the bundle."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Spacer

from .. import pdfkit
from ..common import event_name, exhibit_ranges, is_sensitive, shareable_log, short_when, status_text
from ..pdfkit import MONO, esc, mono_line
from . import hooks
from .tables import _table


class AppendicesMixin:
    def appendices(self) -> list:
        out = []
        out += self.app_custody()
        out += self.app_method()
        out += self.app_declaration()
        out += self.app_notary()
        out += self.app_legal()
        out += self.app_verify()
        for key, section in hooks.appendices_of(self):
            out += self._app_start(key)
            out += section(self)
        return out

    def _app_start(self, key: str, first: bool = False) -> list:
        t = self.t
        out = [NextPageTemplate("portrait"), PageBreak()]
        if first:
            out.append(pdfkit.Bookmark("appendices", t("court.section_appendices"), 0, t(key)))
        out += [pdfkit.Bookmark(key, t(key), 1, t(key)), self.P(esc(t(key)), "h1")]
        return out

    def app_custody(self) -> list:
        t = self.t
        out = self._app_start("court.app_custody", first=True)
        out.append(self.Pt("court.custody_intro", "small"))
        log = shareable_log(self.sel)
        exhibits = {i.id: i.exhibit for i in self.sel.items}
        rows = [[self.P(esc(x), "cellb") for x in (t("court.col_seq"), t("court.col_time"),
                                                    t("court.col_event"), t("court.col_by"),
                                                    t("court.col_items"), t("court.col_hash"))]]
        run: list[dict] = []

        def flush_run():
            if not run:
                return
            a, b = run[0]["seq"], run[-1]["seq"]
            rng = str(a) if a == b else f"{a}–{b}"
            rows.append([self.P(rng, "cell"), self.P(esc(short_when(run[0]["at"])), "cell"),
                         self.P(esc(t("court.withheld", count=len(run))), "cell"), "", "",
                         self.P(f"<font name='{MONO}' size='6.5'>{esc(run[-1]['hash'][:16])}…</font>", "cell")])
            run.clear()

        for rec in log:
            if rec.get("withheld"):
                run.append(rec)
                continue
            flush_run()
            e = rec["entry"]
            its = exhibit_ranges([exhibits.get(i, i) for i in e.get("items", [])])
            details = self.event_details(e)
            ev = esc(event_name(e["event"], self.lang)) + (f"<br/><font size='6.5'>{esc(details)}</font>" if details else "")
            rows.append([self.P(str(e["seq"]), "cell"), self.P(esc(short_when(e["at"])), "cell"),
                         self.P(ev, "cell"), self.P(esc(e.get("collector", "")), "cell"),
                         self.P(esc(its), "cell"),
                         self.P(f"<font name='{MONO}' size='6.5'>{esc(rec['hash'][:16])}…</font>", "cell")])
        flush_run()
        w = [12 * mm, 30 * mm, None, 24 * mm, 22 * mm, 28 * mm]
        w[2] = self.fw - sum(x for x in w if x)
        out.append(_table(rows, w, header=True))
        if log:
            last = log[-1]
            out.append(Spacer(1, 3 * mm))
            out.append(self.P(esc(t("court.custody_last", seq=last.get("seq") or last["entry"]["seq"])), "small"))
            out.append(mono_line(last["hash"], self.fw, self.st["mono"]))
        return out

    def app_method(self) -> list:
        out = self._app_start("court.app_method")
        for key in ("court.method.capture_h", "court.method.capture", "court.method.import_h",
                    "court.method.import", "court.method.seal_h", "court.method.seal",
                    "court.method.proves_h", "court.method.proves", "court.method.not_h",
                    "court.method.not", "court.method.limits_h", "court.method.limits",
                    "court.method.time_h", "court.method.time", "court.method.blur_h",
                    "court.method.blur"):
            style = "h2" if key.endswith("_h") else "body"
            out.append(self.Pt(key, style))
        for section in hooks.METHOD_SECTIONS:
            out += section(self)
        out.append(self.Pt("court.method.source", "note"))
        return out

    def app_declaration(self) -> list:
        t = self.t
        out = self._app_start("court.app_declaration")
        out.append(self.P(esc(t("court.decl.label")), "box"))
        exhibits = exhibit_ranges([i.exhibit for i in self.sel.items], limit=40)
        out.append(self.P(esc(t("court.decl.intro", dossier=self.dossier_id, count=len(self.sel.items),
                                exhibits=exhibits)), "body"))
        items = self.sel.items
        caps = [i for i in items if i.source == "capture"]
        imps = [i for i in items if i.source != "capture"]
        did = t("court.decl.did", tool=pdfkit.tool_version())
        systems = _systems(caps)
        if systems:
            did += " " + t("court.decl.computer_recorded", systems=systems)
        times = sorted(i.captured_at for i in items if i.captured_at)
        points = [did]
        if times:
            points.append(t("court.decl.when", first=short_when(times[0]), last=short_when(times[-1])))
        if caps:
            points.append(t("court.decl.seen"))
        if imps:
            points.append(t("court.decl.imports"))
        points.append(t("court.decl.files"))
        if caps:
            points.append(t("court.decl.changes"))
        sens = [i.exhibit for i in items if is_sensitive(i)]
        points.append(t("court.decl.blurred_list", exhibits=", ".join(sens)) if sens and not self.include_sensitive
                      else t("court.decl.no_blur"))
        points += [t("court.decl.handover"), t("court.decl.true")]
        for n, text in enumerate(points, 1):
            out.append(self.P(f"{n}. " + esc(text), "body"))
        out.append(Spacer(1, 4 * mm))
        line = "_" * 38
        rows = [[self.P(esc(t(k)), "cell"), self.P(line, "cell")] for k in
                ("court.decl.name", "court.decl.id_doc", "court.decl.place", "court.decl.date",
                 "court.decl.signature")]
        out.append(_table(rows, [55 * mm, self.fw - 55 * mm]))
        out.append(Spacer(1, 5 * mm))
        out.append(self.Pt("court.decl.witnesses", "h3"))
        wrows = [[self.P(esc(t("court.decl.w_name")), "cellb"), self.P(esc(t("court.decl.w_address")), "cellb"),
                  self.P(esc(t("court.decl.signature")), "cellb")]]
        for _ in range(2):
            wrows.append([Spacer(1, 11 * mm), "", ""])
        out.append(_table(wrows, [self.fw * 0.36, self.fw * 0.38, self.fw * 0.26], header=True))
        out.append(Spacer(1, 4 * mm))
        out.append(self.Pt("court.decl.adapt", "note"))
        out.append(self.Pt("court.decl.not_notarial", "note"))
        return out

    def app_notary(self) -> list:
        t = self.t
        out = self._app_start("court.app_notary")
        out.append(self.Pt("court.notary.h_inspect", "h2"))
        out.append(self.Pt("court.notary.intro", "body"))
        out.append(self.P(esc(t("court.notary.urgent")), "box"))
        caps = [i for i in self.sel.items if i.url]
        login = []
        for n, it in enumerate(caps, 1):
            from ..post_refs import ref_for_item

            ref = ref_for_item(it)
            md = it.metadata or {}
            needs = bool(ref.private or md.get("logged_in") or md.get("login") or md.get("login_required"))
            if needs:
                login.append(it)
            line = t("court.notary.item", n=n, exhibit=it.exhibit, when=short_when(it.captured_at),
                     status=status_text(it, self.lang),
                     login=t("court.notary.login_yes") if needs else t("court.notary.login_no"))
            out.append(KeepTogether([self.P(esc(line), "cell"), mono_line(it.url, self.fw, self.st["mono"]),
                                     Spacer(1, 2.5)]))
            if it.final_url and it.final_url != it.url:
                out.append(self.P(esc(t("court.notary.final")), "tiny"))
                out.append(mono_line(it.final_url, self.fw, self.st["mono"]))
        if not caps:
            out.append(self.Pt("court.notary.none", "note"))
        out.append(self.Pt("court.notary.h_login", "h3"))
        if login:
            out.append(self.P(esc(t("court.notary.login_list", exhibits=", ".join(i.exhibit for i in login))), "body"))
        else:
            out.append(self.Pt("court.notary.login_none", "body"))
        out.append(self.Pt("court.notary.how", "body"))
        imports = [i for i in self.sel.items if i.source in ("import", "chat")]   # on her device
        if imports:
            out.append(self.P(esc(t("court.notary.imports", exhibits=", ".join(i.exhibit for i in imports))), "body"))
        out.append(self.Pt("court.notary.h_police", "h2"))
        for k in ("court.notary.police1", "court.notary.police2", "court.notary.police3"):
            out.append(self.P("• " + esc(t(k, dossier=self.dossier_id)), "body"))
        out.append(self.Pt("court.notary.h_platforms", "h2"))
        out.append(self.Pt("court.notary.platforms", "body"))
        out.append(self.Pt("court.notary.stopncii", "body"))
        out.append(self.Pt("court.notary.h_help", "h2"))
        out.append(self.Pt("court.notary.help", "body"))
        return out

    def app_legal(self) -> list:
        out = self._app_start("court.app_legal")
        out.append(self.P(esc(self.t("court.legal.caveat")), "box"))
        for key in ("court.legal.h_record", "court.legal.record", "court.legal.h_notary", "court.legal.notary",
                    "court.legal.h_lang", "court.legal.lang", "court.legal.h_crime", "court.legal.crime",
                    "court.legal.h_sign", "court.legal.sign", "court.legal.h_method", "court.legal.method"):
            out.append(self.Pt(key, "h2" if ".h_" in key else "body"))
        return out

    def app_verify(self) -> list:
        t = self.t
        out = self._app_start("court.app_verify")
        out.append(self.Pt("ex.verify.intro", "body"))
        out.append(self.Pt("ex.verify.fp", "body"))
        out.append(mono_line(self.vault.fingerprint, self.fw, self.st["mono"]))
        out.append(Spacer(1, 3 * mm))
        from ..bundle.write import VERIFY_STEPS

        for n, (key, cmd) in enumerate(VERIFY_STEPS, 1):
            out.append(self.P(f"{n}. " + esc(t(key)), "body"))
            if cmd:
                out.append(mono_line(cmd, self.fw, self.st["mono"]))
                out.append(Spacer(1, 2 * mm))
        out.append(self.Pt("ex.verify.windows", "small"))
        out.append(self.Pt("ex.verify.means", "body"))
        out.append(self.Pt("ex.verify.withheld", "small"))
        # this PDF on its own: its signature leads to the fingerprint (export/pdfsign.py)
        from ..pdfsign import STOCK_STEPS

        out.append(self.Pt("ex.verify.pdf_alone_h", "h3"))
        out.append(self.Pt("ex.verify.pdf_alone_intro", "body"))
        out.append(mono_line("evidence-kit verify-pdf FILE.pdf --expect-fingerprint FINGERPRINT", self.fw,
                             self.st["mono"]))
        out.append(Spacer(1, 2 * mm))
        out.append(self.Pt("ex.verify.pdf_alone_stock", "body"))
        for n, (key, cmds) in enumerate(STOCK_STEPS, 1):
            out.append(self.P(f"{n}. " + esc(t(key)), "body"))
            for cmd in cmds:
                out.append(mono_line(cmd, self.fw, self.st["mono"]))
            out.append(Spacer(1, 2 * mm))
        return out


def _systems(items) -> str:
    """The operating systems the captures recorded, e.g. "Linux 6.1.0 (x86_64)"."""
    seen = []
    for it in items:
        os_ = (it.metadata or {}).get("os")
        if isinstance(os_, dict) and os_.get("system"):
            text = " ".join(str(os_[k]) for k in ("system", "release") if os_.get(k))
            if os_.get("machine"):
                text += f" ({os_['machine']})"
            if text not in seen:
                seen.append(text)
    return "; ".join(seen[:4])
