"""Interface translations: complete window catalogues (resources/i18n/window.<lang>.yaml), the
.ts files generated from them and the .qm files in step with them, the language chosen in
Preferences applied by make_app() at start-up (English loads nothing)."""
from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path

import pytest
from i18n_status import READY

from capacity_app.domain.languages import LANGUAGES
from capacity_app.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]
I18N = resources_dir() / "i18n"
LANGS = tuple(code for code in READY if code != "en")  # complete: every message translated
ALL = LANGUAGES[1:]                                     # with a catalogue, complete or not
PLURAL_FORMS = {"ar": 6, "ru": 3, "zh": 1}              # Qt's numerus forms; French, Spanish: 2
FORM_OF_1_AND_5 = {"ar": (1, 3), "ru": (0, 2), "zh": (0, 0)}  # which form Qt picks for n = 1 and 5
PLACEHOLDER = re.compile(r"%(?:\d|n|s|d)|\{\w*\}")


def _tool():
    spec = importlib.util.spec_from_file_location("_translations_tool", ROOT / "tools" / "translations.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _catalogue(lang):
    from capacity_app.catalog import window

    errors = []
    review, messages = window.read(window.catalogue_path(lang), lang, errors)
    assert errors == []
    return messages


def _messages(lang):
    """(context, source, comment, numerus, [translations], type) of every message of the window's
    catalogue of ``lang``: type "unfinished" for a text not translated or translated from an
    earlier English (as the .ts generated from it marks it), else None."""
    return [(m.context, m.source, m.comment, m.numerus, list(m.text) if m.numerus else [m.text],
             None if m.filled and m.earlier is None else "unfinished") for m in _catalogue(lang)]


def _accelerators(text: str) -> list[str]:
    return [m.group(1).lower() for m in re.finditer(r"&([^&\s])", text.replace("&&", ""))]


@pytest.fixture
def interface(speaking):
    """Start the application in a given interface language (conftest's ``speaking``)."""
    return speaking


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_has_a_finished_translation_with_the_same_placeholders(lang):
    messages = _messages(lang)
    assert len(messages) > 250
    problems = []
    for ctx, src, _comment, numerus, texts, kind in messages:
        if kind == "unfinished":
            problems.append(f"[{ctx}] {src!r}: unfinished")
        if numerus and len(texts) != PLURAL_FORMS.get(lang, 2):
            problems.append(f"[{ctx}] {src!r}: {len(texts)} plural forms")
        for text in texts:
            if not text.strip():
                problems.append(f"[{ctx}] {src!r}: empty")
            elif Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(src)):
                problems.append(f"[{ctx}] {src!r}: placeholders differ in {text!r}")
            elif len(_accelerators(text)) != len(_accelerators(src)):
                problems.append(f"[{ctx}] {src!r}: accelerator missing or doubled in {text!r}")
            elif src.endswith("…") != text.endswith("…"):
                problems.append(f"[{ctx}] {src!r}: ellipsis lost in {text!r}")
    assert not problems, "\n".join(problems)


# a file dialog's filter, "Workbooks (*.xlsx)": Qt reads its patterns only between ASCII brackets at
# the end ("工作簿（*.xlsx）", full-width, listed no file at all and saved without the extension)
FILTER = re.compile(r"\((\*\.[\w*]+(?: \*\.[\w*]+)*)\)$")


@pytest.mark.parametrize("lang", LANGS)
def test_file_dialog_filters_keep_their_patterns_in_ascii_brackets(lang):
    filters = [(ctx, src, texts[0]) for ctx, src, _c, _n, texts, _k in _messages(lang) if FILTER.search(src)]
    assert len(filters) >= 5
    wrong = [(ctx, src, text) for ctx, src, text in filters
             if not (FILTER.search(text) and FILTER.search(text).group(1) == FILTER.search(src).group(1))]
    assert wrong == []


def test_every_interface_string_of_the_code_is_in_the_window_catalogues():
    """lupdate over capacity_app/gui, merged into the catalogues, changes nothing: every tr()
    string has its entry, translated from today's English (after adding strings, run
    tools/translations.py update, translate, release)."""
    tool = _tool()
    catalogues = {lang: _catalogue(lang) for lang in LANGS}
    fresh = tool.extract(list(LANGS), catalogues)
    for lang in LANGS:
        merged = tool.window.merge(catalogues[lang], fresh[lang])
        assert [m.key for m in merged] == [m.key for m in catalogues[lang]], \
            f"the window's texts of {lang} are not those of the code: run tools/translations.py update"
        assert merged == catalogues[lang]
        total, missing, outdated = tool.window.coverage(merged)
        assert missing == [] and outdated == [], f"untranslated window texts in {lang}: translate, then release"


@pytest.mark.parametrize("lang", ALL)
def test_the_ts_file_is_generated_from_the_catalogue(lang):
    """resources/i18n/capacity_app_<lang>.ts is what release generates from the catalogue, and says so."""
    from capacity_app.catalog import window

    text = (I18N / f"capacity_app_{lang}.ts").read_text(encoding="utf-8")
    assert f"Generated from resources/i18n/window.{lang}.yaml" in text.split("<TS", 1)[0]
    assert text == window.generated_ts(lang, _catalogue(lang)), "run tools/translations.py release"


@pytest.mark.parametrize("lang", ALL)
def test_qm_file_gives_every_translation_of_the_catalogue(lang, qapp):
    """The committed .qm is in step with its catalogue: every message translates to the
    catalogue's text (a .qm not rebuilt after editing the catalogue fails here:
    tools/translations.py release)."""
    from PySide6.QtCore import QTranslator

    t = QTranslator()
    assert t.load(f"capacity_app_{lang}", str(I18N))
    assert t.language() == lang
    stale = []
    for ctx, src, comment, numerus, texts, kind in _messages(lang):
        if kind == "unfinished":  # not compiled: English shows
            texts = [""] * (2 if numerus else 1)
        elif numerus:
            texts = [texts[i] for i in FORM_OF_1_AND_5.get(lang, (0, 1))]
        if numerus:
            got = [t.translate(ctx, src, comment or None, 1), t.translate(ctx, src, comment or None, 5)]
        else:
            got = [t.translate(ctx, src, comment or None)]
        if got != texts:
            stale.append(f"[{ctx}] {src!r}: {got!r} != {texts!r}")
    assert not stale, "rebuild the .qm files (tools/translations.py release):\n" + "\n".join(stale)


def test_release_tool_builds_loadable_qm_files(tmp_path, qapp):
    from PySide6.QtCore import QTranslator

    tool = _tool()
    for lang in LANGS:
        qm = tmp_path / f"capacity_app_{lang}.qm"
        assert tool.release(lang, qm, tmp_path / f"capacity_app_{lang}.ts") == 0
        assert qm.read_bytes() == (I18N / qm.name).read_bytes()  # the committed .qm is the catalogue's
        t = QTranslator()
        assert t.load(str(qm))
        assert t.translate("MainWindow", "&Quit") not in ("", "&Quit")


def test_english_start_up_installs_no_translator(interface):
    from PySide6.QtCore import QCoreApplication

    app = interface("en")
    assert getattr(app, "capacity_translators", []) == []
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.mark.parametrize("lang, file_menu, new_button, cancel", [
    ("fr", "&Fichier", "&Nouvelle…", "Annuler"),
    ("es", "&Archivo", "&Nueva…", "Cancelar"),
])
def test_interface_language_from_settings_translates_the_window(interface, make_window, db_path, lang, file_menu,
                                                               new_button, cancel):
    from PySide6.QtWidgets import QDialogButtonBox

    app = interface(lang)
    assert len(app.capacity_translators) == 2  # the application's catalogue and Qt's (qtbase)
    win = make_window(db_path)
    assert file_menu in [a.text() for a in win.menuBar().actions()]
    assert win.home.buttons["new"].text() == new_button
    # the empty list says how to create the first assessment, in the interface language
    assert "Ctrl+N" in win.home.subtitle.text() and "No assessment yet" not in win.home.subtitle.text()
    assert win.windowTitle() != "Migration data capacity assessment"
    # Qt's own strings (standard dialog buttons) come from qtbase_<lang>.qm
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
    box.deleteLater()


@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_menu_accelerators_are_distinct_in_each_menu(interface, make_window, db_path, lang):
    from PySide6.QtWidgets import QMenu

    interface(lang)
    win = make_window(db_path)
    menus = [("menu bar", [a.text() for a in win.menuBar().actions()])]
    menus += [(m.title(), [a.text() for a in m.actions() if not a.isSeparator()])
              for m in win.menuBar().findChildren(QMenu)]
    clashes = []
    for title, texts in menus:
        keys = [k for t in texts for k in _accelerators(t)[:1]]
        dup = sorted(k for k, n in Counter(keys).items() if n > 1)
        if dup:
            clashes.append(f"{title}: {dup} in {texts}")
    assert not clashes, "\n".join(clashes)


def test_make_app_switches_back_to_english(interface):
    from PySide6.QtCore import QCoreApplication

    interface("fr")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    app = interface("en")
    assert app.capacity_translators == []
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_preferences_dialog_saves_the_interface_language(window, qtbot):
    from capacity_app.gui import dialogs

    dlg = dialogs.PreferencesDialog(window.store, window.settings, window)
    qtbot.addWidget(dlg)
    assert [dlg.ui_lang.itemData(i) for i in range(dlg.ui_lang.count())] == list(LANGUAGES)
    assert dlg.ui_lang.currentData() == "en"
    dlg._on_ok()
    assert not window.settings.contains("interface_language")  # unchanged: still follows the system
    dlg = dialogs.PreferencesDialog(window.store, window.settings, window)
    qtbot.addWidget(dlg)
    dlg.ui_lang.setCurrentIndex(dlg.ui_lang.findData("es"))
    dlg._on_ok()
    assert window.settings.value("interface_language") == "es"
    # reopened, the dialog shows the saved choice; the next start uses it
    dlg = dialogs.PreferencesDialog(window.store, window.settings, window)
    qtbot.addWidget(dlg)
    assert dlg.ui_lang.currentData() == "es"
    from capacity_app.gui.window.app import interface_language

    assert interface_language(window.settings) == "es"



@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_list_page_buttons_have_distinct_accelerators_and_next_round_matches_the_menu(interface, make_window,
                                                                                    db_path, lang):
    interface(lang)
    win = make_window(db_path)
    for trash in (False, True):  # the buttons shown together: the list, then the trash
        win.home.set_trash_mode(trash)
        texts = [b.text() for b in win.home.buttons.values() if not b.isHidden()]
        keys = [k for t in texts for k in _accelerators(t)[:1]]
        assert sorted(k for k, n in Counter(keys).items() if n > 1) == [], texts
    win.home.set_trash_mode(False)
    # the same command has the same letter on the list page and in the File menu
    assert win.home.buttons["duplicate"].text() == win.actions_by_name["duplicate"].text()
