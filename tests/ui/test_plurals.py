"""Counts in the windows read right in every language: "1 file" / "2 files", Russian "1 файл",
"2 файла", "5 файлов", "21 файл", Tajik "5 файл" (the noun stays singular after a number).

Every count is a Qt plural ("numerus") text, `self.tr("%n file(s) added.", "", n)`; the .qm of
the language picks the form. English has a .qm too (only these texts), or it would read
"1 file(s)". The checks call the methods that set the real labels, in each language."""

from __future__ import annotations

import dataclasses
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import pytest

from evidence_kit.resources import asset
from tests.ui.conftest import create_through_dialogs, tiny_png

ROOT = Path(__file__).resolve().parents[2]
COUNTS = (0, 1, 2, 5, 21, 22, 25)
LANGS = ("en", "ru", "tg")
FORMS = {"en": 2, "ru": 3, "tg": 2}       # what Qt's lrelease wants for each (checked below)


def en(n: int, one: str, other: str) -> str:
    return (one if n == 1 else other).replace("%n", str(n))


def ru(n: int, one: str, few: str, many: str) -> str:
    """Russian: one for 1, 21, 101 (not 11); few for 2-4, 22-24 (not 12-14); many for the rest."""
    if n % 10 == 1 and n % 100 != 11:
        form = one
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        form = few
    else:
        form = many
    return form.replace("%n", str(n))


# written out, not computed: what a Russian reader must see
RU_FILES = {0: "0 файлов", 1: "1 файл", 2: "2 файла", 5: "5 файлов", 21: "21 файл", 22: "22 файла",
            25: "25 файлов"}


@contextmanager
def speaking(lang: str):
    from ui import i18n

    i18n.set_language(lang)
    try:
        yield
    finally:
        i18n.set_language("en")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    found = str(exe) if exe.exists() else shutil.which(name)
    assert found, f"{name} (PySide6's) is needed"
    return found


def _lrelease() -> str:
    spec = importlib.util.spec_from_file_location("ek_build", ROOT / "build_backend" / "evidence_kit_build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    found = mod.find_lrelease()
    assert found, "Qt's lrelease is missing (it comes with PySide6)"
    return found


# ------------------------------------------------------------------------------ the .ts files
@pytest.mark.parametrize("lang", LANGS)
def test_each_count_has_the_plural_forms_lrelease_wants(lang, tmp_path):
    """As many <numerusform>s as Qt has for the language: lrelease says nothing when there are too
    few (the text then stays English), so the number is asked of Qt itself (lupdate)."""
    ts = asset("i18n", f"evidence_kit_{lang}.ts")
    root = ET.parse(ts).getroot()
    probe = tmp_path / "probe.py"
    probe.write_text("from PySide6.QtCore import QObject\n\n\nclass P(QObject):\n"
                     "    def f(self, n):\n        return self.tr('%n file(s)', '', n)\n")
    made = tmp_path / "probe.ts"
    subprocess.run([_tool("pyside6-lupdate"), str(probe), "-ts", str(made), "-target-language",
                    root.get("language")], check=True, capture_output=True, timeout=120)
    wanted = len(list(ET.parse(made).getroot().iter("numerusform")))
    assert wanted == FORMS[lang]            # Tajik: two forms in Qt (n == 1, the rest)
    plural = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert len(plural) > 20
    for m in plural:
        forms = [f.text or "" for f in m.find("translation").iter("numerusform")]
        assert len(forms) == wanted, m.findtext("source")
        assert all("%n" in f and "(s)" not in f for f in forms), m.findtext("source")
    if lang == "en":
        assert all(m.get("numerus") == "yes" for m in root.iter("message"))   # only the counts
    r = subprocess.run([_lrelease(), str(ts), "-qm", str(tmp_path / "x.qm")], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    said = r.stdout + r.stderr
    assert " 0 unfinished)" in said and "Removed plural forms" not in said, said


def test_the_compiled_forms_follow_each_language(app):
    from PySide6.QtCore import QCoreApplication

    def files(n):
        return QCoreApplication.translate("ChatView", "%n file(s)", "", n)

    with speaking("en"):                    # the source text is "%n file(s)"
        assert [files(n) for n in COUNTS] == [en(n, "%n file", "%n files") for n in COUNTS]
    with speaking("ru"):
        assert [files(n) for n in COUNTS] == [RU_FILES[n] for n in COUNTS]
        assert [files(n) for n in (11, 12, 14, 101, 111, 104)] == [
            "11 файлов", "12 файлов", "14 файлов", "101 файл", "111 файлов", "104 файла"]
    with speaking("tg"):
        assert [files(n) for n in COUNTS] == [f"{n} файл" for n in COUNTS]


# ------------------------------------------------------------------------------ the windows
def _vault(qtbot, controller_factory, tmp_path, n_files):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    for i in range(n_files):
        p = tmp_path / f"screenshot-{i}.png"
        p.write_bytes(tiny_png(rgb=(40 * i, 100, 200)))
        c.main.import_files([str(p)])
        qtbot.waitUntil(lambda: c.main.model.rowCount() == i + 1 and not c.main._importing, timeout=20000)
    return c


def _waiting_queue(n):
    from ui.capture_queue import CaptureBackend, CaptureQueue, Job

    q = CaptureQueue(CaptureBackend())
    for i in range(n):
        q.model.add(Job(i + 1, f"https://example.org/{i}", ""))
    return q


def test_main_window_status_line_and_import_messages(qtbot, controller_factory, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    c = _vault(qtbot, controller_factory, tmp_path, 1)
    main = c.main
    main._update_status()
    for lang, want in (("en", "1 of 1 item shown"), ("ru", "Показано 1 из 1 записи"),
                       ("tg", "1 аз 1 нишон дода шуд")):
        with speaking(lang):
            main._update_status()
            assert main.status_text.text() == want
    p = tmp_path / "second.png"
    p.write_bytes(tiny_png(rgb=(1, 2, 3)))
    main.import_files([str(p)])
    qtbot.waitUntil(lambda: main.model.rowCount() == 2 and not main._importing, timeout=20000)
    main.table.selectAll()
    for lang, want in (("en", "2 of 2 items shown   ·   2 selected"),
                       ("ru", "Показано 2 из 2 записей   ·   Выбраны 2 записи"),
                       ("tg", "2 аз 2 нишон дода шуд   ·   Интихоб шуд: 2")):
        with speaking(lang):
            main._update_status()
            assert main.status_text.text() == want

    # pages still being saved, and what an import says, for every count
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: said.append(text)))
    item = c.session.vault.items()[0]
    main.table.clearSelection()
    try:
        for n in COUNTS:
            main.capture_queue = _waiting_queue(n)
            result = SimpleNamespace(items=[item] * n, failed=[], skipped=["link"] * n, duplicates=[], notes=[])
            with speaking("en"):
                main._update_status()
                status = main.status_text.text()
                assert status.startswith("2 of 2 items shown")
                assert (f"Saving pages: {n} still to do" in status) == (n > 0)
                said.clear()
                main._import_done(result)
                assert main.statusBar().currentMessage() == en(n, "Added %n file; it is sealed.",
                                                               "Added %n files; each one is sealed.")
                if n:
                    assert said[0].splitlines() == [en(n, "%n file added.", "%n files added."),
                                                    en(n, "%n file skipped (a link or a special file).",
                                                       "%n files skipped (links or special files).")]
            with speaking("ru"):
                main._update_status()
                assert main.status_text.text().endswith(
                    ru(n, "осталась %n", "остались %n", "осталось %n") if n else "из 2 записей")
                said.clear()
                main._import_done(result)
                assert main.statusBar().currentMessage() == ru(
                    n, "%n файл добавлен и запечатан.", "%n файла добавлены, каждый запечатан.",
                    "%n файлов добавлено, каждый запечатан.")
                assert main.statusBar().currentMessage().startswith(RU_FILES[n])
                if n:
                    assert said[0].splitlines() == [
                        ru(n, "%n файл добавлен.", "%n файла добавлены.", "%n файлов добавлено."),
                        ru(n, "%n файл пропущен (ярлыки или особые файлы).",
                           "%n файла пропущены (ярлыки или особые файлы).",
                           "%n файлов пропущено (ярлыки или особые файлы).")]
            with speaking("tg"):
                main._update_status()
                assert (f"Сабти саҳифаҳо: {n} боқӣ монд" in main.status_text.text()) == (n > 0)
                said.clear()
                main._import_done(result)
                assert main.statusBar().currentMessage().startswith(f"{n} файл илова шуд; ")
                if n:
                    assert said[0].splitlines()[0] == f"{n} файл илова шуд."
    finally:
        main.capture_queue = None


def test_export_dialog_counts_its_items_and_files(qtbot, controller_factory, tmp_path):
    from ui.export_dialog import ExportDialog

    c = _vault(qtbot, controller_factory, tmp_path, 1)
    item = dataclasses.replace(c.session.vault.items()[0], case="A")
    dlg = ExportDialog(c.session, [item], [item.id], "A")
    qtbot.addWidget(dlg)

    def entries(n):
        dlg.items, dlg.selected_ids = [item] * n, [item.id] * n
        dlg._fill_which()
        return [dlg.which.itemText(i) for i in range(dlg.which.count())]

    def done(n):
        out = tmp_path / "dossier.pdf"
        files = [SimpleNamespace(path=tmp_path / f"dossier-{i}.pdf") for i in range(n)]
        dlg._done((SimpleNamespace(path=str(out), files=files), out))
        return dlg.status.text()

    for n in COUNTS:
        def selected(*forms):           # no "selected" entry when nothing is selected
            return [] if n == 0 else [(en if len(forms) == 2 else ru)(n, *forms)]

        with speaking("en"):
            got = entries(n)
            assert got == selected("The %n item I selected", "The %n items I selected") + [
                f"All items in the case “A” ({n})", f"All items ({n})"]
            if n > 1:
                assert done(n).startswith(f"Done. {n} files were saved in {tmp_path}: dossier-0.pdf, ")
        with speaking("ru"):
            assert entries(n) == selected("%n выбранная мной запись", "%n выбранные мной записи",
                                          "%n выбранных мной записей") + [
                f"Все записи дела «A» ({n})", f"Все записи ({n})"]
            if n > 1:
                assert done(n).startswith("Готово. " + ru(n, "%n файл сохранён", "%n файла сохранены",
                                                          "%n файлов сохранено") + f" в папке {tmp_path}: ")
                assert done(n).startswith(f"Готово. {RU_FILES[n]} ")
        with speaking("tg"):
            assert entries(n) == selected("Унсури интихобкардаам (%n)", "Унсурҳои интихобкардаам (%n)") + [
                f"Ҳамаи унсурҳои парвандаи «A» ({n})", f"Ҳамаи унсурҳо ({n})"]
            if n > 1:
                assert done(n).startswith(f"Тайёр. {n} файл дар ҷузвдони {tmp_path} ")


def test_chat_verify_references_and_passphrase_counts(qtbot, controller_factory, tmp_path):
    from ui.chat_view import ChatView
    from ui.dialogs import VerifyDialog
    from ui.references_view import ReferencesDialog
    from ui.unlock import MIN_PASSPHRASE, PassphraseForm

    c = _vault(qtbot, controller_factory, tmp_path, 0)
    view = ChatView(c.session)
    verify = VerifyDialog(c.session)
    refs = ReferencesDialog(c.session)
    form = PassphraseForm(ask_current=False)
    for w in (view, verify, refs, form):
        qtbot.addWidget(w)
    qtbot.waitUntil(lambda: refs.status.text() != "", timeout=10000)     # its own first load is done

    def chat(n):
        view._summarise({"name": "Bob", "platform": "telegram", "times": {"source": "date_unixtime"},
                         "counts": {"total": n, "media": n, "gaps": n}})
        return view.summary.text()

    def verdict(n, ok):
        verify.report = SimpleNamespace(ok=ok, items_checked=n, log_entries_checked=n, errors=["e"] * n, problems=[])
        verify._show_verdict()
        return verify.verdict.text()

    def pictures(pending, compared):
        refs._loaded(([], SimpleNamespace(matches=[], pending=pending, compared=compared, weak_references=[],
                                          unreadable_references=[])))
        return refs.status.text()

    form.p1.setText("short")
    assert MIN_PASSPHRASE == 10
    for n in COUNTS:
        with speaking("en"):
            assert en(n, "%n message, %n file, %n gap", "%n messages, %n files, %n gaps") in chat(n)
            assert view.count.text() == "0 of 0 messages shown · 0 marked"
            assert verdict(n, True) == "All is well. " + en(n, "%n item and %n record entry", "%n items and %n record entries") + \
                " were read back and nothing was changed."
            if n:
                assert verdict(n, False).startswith(en(n, "%n problem found. ", "%n problems found. "))
                assert pictures(n, 0) == en(
                    n, "%n picture is still being fingerprinted; a match in it will show when that is done.",
                    "%n pictures are still being fingerprinted; matches among them will show when that is done.")
            assert pictures(0, n) == en(n, "%n picture compared.", "%n pictures compared.")
            assert form.problem() == "Too short: use at least 10 characters."
        with speaking("ru"):
            assert (ru(n, "%n сообщение", "%n сообщения", "%n сообщений") + ", " + RU_FILES[n] + ", "
                    + ru(n, "%n пропуск", "%n пропуска", "%n пропусков")) in chat(n)
            assert view.count.text() == "показано 0 из 0 сообщений · отмечено 0"
            assert verdict(n, True) == ("Всё в порядке. Перечитано: " + ru(n, "%n запись", "%n записи", "%n записей")
                                        + " и " + ru(n, "%n строка журнала", "%n строки журнала", "%n строк журнала")
                                        + "; ничего не изменено.")
            if n:
                assert verdict(n, False).startswith(ru(n, "Найдена %n проблема. ", "Найдены %n проблемы. ",
                                                       "Найдено %n проблем. "))
                assert pictures(n, 0).startswith(ru(n, "Для %n изображения ", "Для %n изображений ",
                                                    "Для %n изображений "))
            assert pictures(0, n) == ru(n, "%n изображение сравнено.", "%n изображения сравнены.",
                                        "%n изображений сравнено.")
            assert form.problem() == "Слишком коротко: используйте не меньше 10 символов."
        with speaking("tg"):
            assert f"{n} паём, {n} файл, {n} холигӣ" in chat(n)
            assert view.count.text() == "0 аз 0 нишон дода шуд · 0 қайд шуд"
            assert verdict(n, True).startswith(f"Ҳама чиз хуб аст. {n} унсур ва {n} сабти таърих ")
            if n:
                assert verdict(n, False).startswith(f"Мушкилот ёфт шуд: {n}. ")
                assert pictures(n, 0).startswith(f"Барои {n} тасвир ҳанӯз ")
            assert pictures(0, n) == f"{n} тасвир муқоиса шуд."
            assert form.problem() == "Хеле кӯтоҳ: на камтар аз 10 аломат истифода баред."


def test_capture_window_summary(qtbot, app):
    from ui.capture_queue import FAILED, SEALED, CaptureBackend, CaptureDialog, CaptureQueue, Job

    for n in COUNTS:
        q = CaptureQueue(CaptureBackend())
        for i, state in enumerate([SEALED] * n + [FAILED] * n + ["waiting"] * n):
            q.model.add(Job(i + 1, f"https://example.org/{i}", "", state=state))
        dlg = CaptureDialog(q, lambda: None)
        qtbot.addWidget(dlg)
        with speaking("en"):
            dlg._update()
            assert dlg.summary.text() == en(n, "%n page sealed", "%n pages sealed") + \
                f"   ·   {n} not saved   ·   {n} still to do"
        with speaking("ru"):
            dlg._update()
            assert dlg.summary.text() == "   ·   ".join((
                ru(n, "%n страница запечатана", "%n страницы запечатаны", "%n страниц запечатано"),
                ru(n, "%n не сохранена", "%n не сохранены", "%n не сохранено"),
                ru(n, "осталась %n", "остались %n", "осталось %n")))
        with speaking("tg"):
            dlg._update()
            assert dlg.summary.text() == f"{n} саҳифа мӯҳр шуд   ·   {n} сабт нашуд   ·   {n} боқӣ монд"
