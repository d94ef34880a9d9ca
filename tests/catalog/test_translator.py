"""The translator's file: every text of a language exported to XLIFF 1.2 or PO, edited
as a CAT tool would (by script here) and imported back; unchanged it is a no-op; every hostile
file is refused on one line per problem with nothing written."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from capacity_app import paths
from capacity_app.catalog import translator as tr
from capacity_app.catalog.kinds import KINDS
from capacity_app.catalog.translations import read_catalogue
from capacity_app.domain import texts

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """A copy of every catalogue and its English sources; the application's folders point at it."""
    a, r = tmp_path / "assessments", tmp_path / "resources"
    shutil.copytree(REPO / "assessments", a)
    for sub in ("report", "aggregate", "forms", "help", "sentences", "cli", "i18n", "languages"):
        (r / sub).mkdir(parents=True)
        for f in (REPO / "resources" / sub).iterdir():
            if f.is_file() and f.suffix in (".yaml", ".html", ".ts", ".qm", ".json"):
                shutil.copy2(f, r / sub / f.name)
    monkeypatch.setattr(paths, "_candidates", lambda name: (tmp_path / name,))
    return tmp_path


_BUNDLED: dict[str, tr.Export] = {}
_EXPORTED: dict[tuple[str, str], str] = {}


def bundled(lang: str) -> tr.Export:
    """The units of ``lang`` in the bundled catalogues (what ``tree`` copies), collected once for
    the tests that only pick units to edit: a test that changes the catalogues collects anew."""
    if lang not in _BUNDLED:
        _BUNDLED[lang] = tr.collect(lang)
    return _BUNDLED[lang]


@pytest.fixture(scope="module")
def exported():
    """``exported(lang, fmt)``: the translator's file of the bundled catalogues (what ``tree``
    copies) as ``export_file`` writes it (the same bytes: ``export_bytes`` of one collect), made
    once for the tests that start from an unchanged export and edit or import it; the tests of the
    export itself (test_export_then_import_unchanged_is_a_no_op, test_xliff_is_1_2_...) export
    afresh."""
    def get(lang: str, fmt: str) -> str:
        if (lang, fmt) not in _EXPORTED:
            _EXPORTED[(lang, fmt)] = tr.export_bytes(bundled(lang), fmt).decode("utf-8")
        return _EXPORTED[(lang, fmt)]
    return get


@pytest.fixture(scope="module")
def ru_po(exported) -> str:
    """The Russian PO file of the bundled catalogues, for the tests that edit it into a hostile
    file: every one of them starts from the same text."""
    return exported("ru", "po")


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def edit_po(text: str, ctx: str, new: str) -> str:
    """The msgstr of the unit ``ctx`` replaced by ``new`` (as a translator's tool writes it)."""
    start = text.index(f'msgctxt "{ctx}"\n')
    m = re.compile(r'msgstr (""\n(?:".*"\n)+|".*"\n)').search(text, start)
    assert m is not None
    quoted = '"' + new.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"\n'
    return text[:m.start()] + "msgstr " + quoted + text[m.end():]


def edit_xliff(text: str, uid: str, new_target_xml: str) -> str:
    start = text.index(f'id="{uid}"')
    s = text.index("<target", start)
    e = text.index("</target>", s) + len("</target>")
    return text[:s] + new_target_xml + text[e:]


def po_ids(text: str) -> list[str]:
    return re.findall(r'^msgctxt "(.*)"$', text, re.M)


@pytest.mark.parametrize("lang,fmt", [("ar", "xliff"), ("ru", "po"), ("zh", "po"), ("pt", "po"), ("pt", "xliff")])
def test_export_then_import_unchanged_is_a_no_op(tree, lang, fmt):
    before = snapshot(tree)
    out = tree.parent / f"{lang}.{fmt}"
    n = tr.export_file(lang, fmt, out)
    data = out.read_text(encoding="utf-8")
    # every kind of text is in the file, with its source, translation and notes
    for prefix in ("questionnaire/", "sentences/", "report/", "help/", "aggregate/", "forms/", "cli/", "interface/"):
        assert prefix in data, prefix
    assert n > 2500
    result = tr.import_file(out, lang, "A. Translator, DGACM")
    assert result.changed == [] and result.files == []
    assert snapshot(tree) == before


def test_xliff_is_1_2_with_context_notes_and_states(tree):
    out = tree.parent / "ru.xlf"
    tr.export_file("ru", "xliff", out)
    data = out.read_text(encoding="utf-8")
    assert '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">' in data
    assert 'original="resources/sentences/strings.ru.yaml"' in data and 'target-language="ru"' in data
    assert 'id="report/reading_overall#few"' in data      # a CLDR plural form is its own text
    assert "plural form &apos;few&apos; (CLDR)" in data or "plural form 'few' (CLDR)" in data
    assert 'state="translated"' in data and "keep {country}" in data
    assert "ns0" not in data


def test_a_translators_edits_are_imported_with_a_review_record(tree, ru_po):
    out = tree.parent / "ru.po"
    text = ru_po
    ex = bundled("ru")
    ui = next(u for u in ex.units if u.id.startswith("interface/") and "#" not in u.id and u.target)
    ui_plural = next(u for u in ex.units if u.id.startswith("interface/") and u.id.endswith("#1"))
    before = snapshot(tree)
    text = edit_po(text, "sentences/band.meets", "Устоявшийся потенциал")
    text = edit_po(text, "report/reading_overall#few", "{country}: итог — {score} из 100, уровень «{band}».")
    text = edit_po(text, ui.id, ui.target + " (проверено)")
    text = edit_po(text, ui_plural.id, ui_plural.target.replace("%n", "%n "))
    out.write_text(text, encoding="utf-8")

    result = tr.import_file(out, "ru", "A. Translator, DGACM", "2026-11-25")
    assert sorted(result.changed) == sorted(["sentences/band.meets", "report/reading_overall#few", ui.id, ui_plural.id])
    after = snapshot(tree)
    changed = {k for k in after if before.get(k) != after[k]}
    assert changed == {"resources/sentences/strings.ru.yaml", "resources/report/strings.ru.yaml",
                       "resources/i18n/window.ru.yaml", "resources/i18n/capacity_app_ru.ts",
                       "resources/i18n/capacity_app_ru.qm", "resources/i18n/reviews.ru.yaml"}
    cat = read_catalogue(KINDS["texts"].path("ru"), "ru", [])
    assert cat.entries["band.meets"].text == "Устоявшийся потенциал"
    rep = read_catalogue(KINDS["report"].path("ru"), "ru", [])
    assert rep.entries["reading_overall"].text["few"].startswith("{country}: итог")
    assert rep.entries["reading_overall"].text["many"]      # the other forms kept
    # only the edited lines of the files differ
    lines_before = set(before["resources/sentences/strings.ru.yaml"].decode().splitlines())
    diff = [ln for ln in after["resources/sentences/strings.ru.yaml"].decode().splitlines() if ln not in lines_before]
    assert diff == ['    ru: "Устоявшийся потенциал"']
    review = after["resources/i18n/reviews.ru.yaml"].decode()
    assert 'reviewed_by: "A. Translator, DGACM"' in review and 'date: "2026-11-25"' in review
    assert '- "sentences/band.meets"' in review and f'- "{ui.id}"' in review
    # the engine reads the new sentence; the next export carries it and is a no-op again
    texts.set_catalogue_reader(texts._reader)
    assert texts.text("band.meets", "ru") == "Устоявшийся потенциал"
    tr.export_file("ru", "xliff", tree.parent / "again.xlf")
    again = snapshot(tree)
    assert tr.import_file(tree.parent / "again.xlf", "ru", "X").changed == []
    assert snapshot(tree) == again
    texts.set_catalogue_reader(texts._reader)


def test_an_outdated_translation_is_fuzzy_and_confirmed_by_the_translator(tree):
    path = KINDS["texts"].path("zh")
    data = path.read_text(encoding="utf-8")
    path.write_text(data.replace('en: "Established capacity"', 'en: "Established capacity (old)"'), encoding="utf-8")
    out = tree.parent / "zh.po"
    tr.export_file("zh", "po", out)
    text = out.read_text(encoding="utf-8")
    block = text[text.index('msgctxt "sentences/band.meets"') - 200: text.index('msgctxt "sentences/band.meets"')]
    assert "#, fuzzy" in block and "earlier English: Established capacity (old)" in block
    assert tr.import_file(out, "zh", "X").changed == []          # still fuzzy: nothing confirmed
    out.write_text(text.replace('#, fuzzy\nmsgctxt "sentences/band.meets"', 'msgctxt "sentences/band.meets"'),
                   encoding="utf-8")
    assert tr.import_file(out, "zh", "X").changed == ["sentences/band.meets"]
    assert read_catalogue(path, "zh", []).entries["band.meets"].source == "Established capacity"


def _qt_percent_unit():
    """A window message of Russian that Python's % operator fills ("%s")."""
    return next(u for u in bundled("ru").units if u.id.startswith("interface/") and "%s" in u.source
                and "#" not in u.id and u.target)


HOSTILE_PO = [
    # (what, edit, expected words of the error)
    ("placeholder dropped", lambda t: edit_po(t, "report/page_footer", "Стр. {page}"), "{pages} missing"),
    ("placeholder added", lambda t: edit_po(t, "report/page_footer", "Стр. {page} из {pages} {x}"), "{x} is not in"),
    ("braces broken", lambda t: edit_po(t, "report/page_footer", "Стр. {page} из {pages"), "braces"),
    ("markup injected", lambda t: edit_po(t, "sentences/band.meets", "<b>Сложившийся</b> потенциал"), "markup <b>"),
    ("script injected", lambda t: edit_po(t, "report/page_footer", "Стр. {page} из {pages}<script>x</script>"),
     "markup <script>"),
    ("control character", lambda t: edit_po(t, "sentences/band.meets", "Слож\x1b[2Jившийся"), None),
    ("unknown id", lambda t: t.replace('msgctxt "sentences/band.meets"', 'msgctxt "sentences/band.nonexistent"'),
     "unknown id"),
    ("source changed", lambda t: t.replace('msgid "Established capacity"', 'msgid "Established capacity!"'),
     "no longer the source"),
    ("wrong language", lambda t: t.replace('"Language: ru\\n"', '"Language: uk\\n"'), "not 'ru'"),
    ("duplicate id", lambda t: t + '\nmsgctxt "sentences/band.meets"\nmsgid "Established capacity"\nmsgstr "X"\n',
     None),
    ("gettext plural", lambda t: t + '\nmsgctxt "sentences/band.meets#x"\nmsgid "a"\nmsgid_plural "b"\n'
                                     'msgstr[0] "c"\nmsgstr[1] "d"\n', None),
    ("qt argument dropped", None, "missing"),
    # a translation is data, never code (str.format took 2 GB on the first, printed
    # Python's internals on the second)
    ("format spec", lambda t: edit_po(t, "sentences/cell.not_assessed", "{src}: {src:>999999999} не оценено"),
     "sentences/cell.not_assessed: placeholder {src:>999999999} is not a bare {name}"),
    ("attribute access", lambda t: edit_po(t, "sentences/cell.not_assessed", "{src}: {src.__class__.__mro__}"),
     "placeholder {src.__class__.__mro__} is not a bare"),
    ("index", lambda t: edit_po(t, "sentences/cell.not_assessed", "{src}: {src[0]}"), "placeholder {src[0]} is not"),
    ("conversion", lambda t: edit_po(t, "sentences/cell.not_assessed", "{src!r}: {src}"), "placeholder {src!r} is not"),
    ("positional", lambda t: edit_po(t, "sentences/cell.not_assessed", "{src}: {0}"), "placeholder {0} is not"),
    ("python percent spec", lambda t: edit_po(t, _qt_percent_unit().id, _qt_percent_unit().target.replace(
        "%s", "%s %-999999999s", 1)), "placeholder %-999999999s is not a bare %s"),
    ("table row without cells", lambda t: edit_po(t, "report/acronym_list", "ADAPT\tИнструмент\nPARIS21"), "row 2"),
    ("not a PO file", lambda t: "\x00\x01binary\udcff", "neither XLIFF nor"),
]


@pytest.mark.parametrize("what,edit,words", HOSTILE_PO, ids=[h[0] for h in HOSTILE_PO])
def test_a_hostile_po_file_is_refused_whole_on_one_line_per_error(tree, ru_po, what, edit, words):
    out = tree.parent / "ru.po"
    text = ru_po
    if edit is None:   # a Qt message with %1: the argument dropped
        u = next(u for u in bundled("ru").units if u.id.startswith("interface/") and "%1" in u.source
                 and "#" not in u.id)
        text = edit_po(text, u.id, u.target.replace("%1", ""))
    else:
        text = edit(text)
    # and one good change beside it: it must not be written either
    if "sentences/band.fully_meets" in text:
        text = edit_po(text, "sentences/band.fully_meets", "Развитый потенциал (новый)")
    out.write_bytes(text.encode("utf-8", "surrogateescape"))
    before = snapshot(tree)
    with pytest.raises(tr.TranslationFileError) as err:
        tr.import_file(out, "ru", "A. Translator")
    assert err.value.errors and all("\n" not in e and len(e) < 700 for e in err.value.errors)
    if words:
        assert any(words in e for e in err.value.errors), err.value.errors
    assert snapshot(tree) == before


def test_a_reordered_footer_is_a_translation_like_any_other(tree, ru_po):
    """"{pages}: стр. {page}": the same placeholders in the order the language needs."""
    out = tree.parent / "ru.po"
    out.write_text(edit_po(ru_po, "report/page_footer", "{pages}: стр. {page}"), encoding="utf-8")
    assert tr.import_file(out, "ru", "A. Translator").changed == ["report/page_footer"]
    assert read_catalogue(KINDS["report"].path("ru"), "ru", []).entries["page_footer"].text == "{pages}: стр. {page}"


def test_several_errors_are_each_told(tree, exported):
    out = tree.parent / "ar.po"
    text = edit_po(exported("ar", "po"), "report/page_footer", "الصفحة")
    text = text.replace('msgctxt "sentences/band.meets"', 'msgctxt "sentences/nope"')
    out.write_text(text, encoding="utf-8")
    with pytest.raises(tr.TranslationFileError) as err:
        tr.import_file(out, "ar", "X")
    assert len(err.value.errors) == 2


def test_hostile_xliff_files(tree, exported):
    out = tree.parent / "ar.xlf"
    good = exported("ar", "xliff")
    before = snapshot(tree)
    secret = tree / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    cases = {
        "inline element": edit_xliff(good, "sentences/band.meets",
                                     '<target state="translated">قدرات <g id="1" ctype="bold">راسخة</g></target>'),
        "entity": good.replace('<?xml version="1.0" encoding="UTF-8"?>',
                               f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM "file://{secret}">]>')
                      .replace(">قدرات راسخة<", ">&x;<"),
        "xliff 2": good.replace('version="1.2"', 'version="2.0"'),
        "language": good.replace('target-language="ar"', 'target-language="fa"', 1),
        "not xml": good[: len(good) // 2],
        "plural form left empty": None,
    }
    # a plural entry with one form missing: changing another form must be refused
    path = KINDS["report"].path("ar")
    cat_text = path.read_text(encoding="utf-8")
    for what, data in cases.items():
        if data is None:
            broken = re.sub(r'("reading_overall":\n    en: .*\n    ar: \{)"zero": "[^"]*", ', r"\1", cat_text)
            assert broken != cat_text
            path.write_text(broken, encoding="utf-8")
            tr.export_file("ar", "xliff", out)
            data = edit_xliff(out.read_text(encoding="utf-8"), "report/reading_overall#one",
                              '<target state="translated">{country}: {score} من 100 «{band}».</target>')
        out.write_text(data, encoding="utf-8")
        state = snapshot(tree)
        with pytest.raises(tr.TranslationFileError) as err:
            tr.import_file(out, "ar", "X")
        assert all("\n" not in e for e in err.value.errors), what
        assert snapshot(tree) == state, what
        if what == "plural form left empty":
            assert "report/reading_overall#zero" in err.value.errors[0]
    path.write_text(cat_text, encoding="utf-8")
    assert {k: v for k, v in snapshot(tree).items() if k != "secret.txt"} == before


def test_command_line_export_and_import(tree):
    from capacity_app.cli import main

    runner = CliRunner()
    out = tree.parent / "zh.xlf"
    res = runner.invoke(main, ["translations", "export", "--lang", "zh", str(out)])
    assert res.exit_code == 0 and "XLIFF 1.2" in res.output
    before = snapshot(tree)
    res = runner.invoke(main, ["translations", "import", str(out), "--lang", "zh", "--reviewer", "Li, DGACM"])
    assert res.exit_code == 0 and "0 texts of zh changed" in res.output
    out.write_text(edit_xliff(out.read_text(encoding="utf-8"), "report/page_footer",
                              '<target state="translated">第{page}页</target>'), encoding="utf-8")
    res = runner.invoke(main, ["translations", "import", str(out), "--lang", "zh", "--reviewer", "Li, DGACM"])
    assert res.exit_code == 2
    lines = res.output.strip().splitlines()
    assert "{pages} missing" in lines[0] and "nothing was written" in lines[-1]
    res = runner.invoke(main, ["translations", "import", str(out), "--lang", "ru", "--reviewer", "Li"])
    assert res.exit_code == 2 and "not 'ru'" in res.output
    (tree.parent / "a-file").write_text("x")
    res = runner.invoke(main, ["translations", "export", "--lang", "zh", str(tree.parent / "a-file" / "zh.xlf")])
    assert res.exit_code == 2 and len(res.output.strip().splitlines()) == 1, res.output
    res = runner.invoke(main, ["translations", "import", str(tree / "missing.po"), "--lang", "zh", "--reviewer", "Li"])
    assert res.exit_code == 2 and "cannot be read" in res.output
    assert snapshot(tree) == before


@pytest.mark.parametrize("make", ["/dev/zero", "fifo", "link to /dev/zero", "the folder"])
def test_only_a_regular_file_is_read(tree, make):
    """A device, a FIFO or a link to one is refused at once, never read (`translations
    import /dev/zero` read until killed, a FIFO hung on its writer)."""
    import os

    folder = tree.parent / f"hostile-{tree.name}"
    folder.mkdir()
    path = folder / "hostile.po"
    if make == "fifo":
        os.mkfifo(path)
    elif make == "link to /dev/zero":
        path.symlink_to("/dev/zero")
    elif make == "the folder":
        path = tree
    else:
        path = Path(make)
    before = snapshot(tree)
    with pytest.raises(tr.TranslationFileError) as err:
        tr.import_file(path, "ar", "X")
    assert len(err.value.errors) == 1 and ("not a regular file" in err.value.errors[0]
                                           or "folder" in err.value.errors[0])
    assert snapshot(tree) == before


@pytest.mark.parametrize("given,stored", [("20261001", "2026-10-01"), ("2026-W40-4", "2026-10-01"),
                                          (" 2026-10-01 ", "2026-10-01")])
def test_every_spelling_of_a_review_date_is_stored_one_way(tree, exported, given, stored):
    out = tree.parent / "ar.po"
    out.write_text(edit_po(exported("ar", "po"), "report/page_footer", "صفحة {page} من {pages}"), encoding="utf-8")
    result = tr.import_file(out, "ar", "X", date=given)
    assert result.review.date == stored


@pytest.mark.parametrize("given,words", [("9999-12-31", "outside the years"), ("0001-01-01", "outside the years"),
                                         ("45000", "date serial"), ("2999-01-01", "after today"),
                                         ("x" * 100_000, "expected a date")])
def test_a_review_date_out_of_range_or_ahead_of_the_clock_is_refused(tree, exported, given, words):
    out = tree.parent / "ar.po"
    out.write_text(exported("ar", "po"), encoding="utf-8")
    before = snapshot(tree)
    with pytest.raises(tr.TranslationFileError) as err:
        tr.import_file(out, "ar", "X", date=given)
    assert words in err.value.errors[0] and len(err.value.errors[0]) < 300
    assert snapshot(tree) == before



def test_an_import_killed_before_the_release_is_completed_by_the_next(tree):
    """An import killed after writing the window's catalogue and before generating its .ts and
    releasing its .qm (the state it leaves: a translation in the catalogue that the .ts and the
    .qm lack) is completed by the same import run again, which changes no text (the .qm stayed
    stale for good, the window showing the old texts)."""
    import re

    from capacity_app.catalog import window

    ts = tr.ts_path("ar")
    qm = ts.with_suffix(".qm")
    stale, stale_ts = qm.read_bytes(), ts.read_bytes()
    path = window.catalogue_path("ar")
    text = path.read_text(encoding="utf-8")
    m = re.search(r'\n    ar: "([^"\\]{3,})"\n', text)
    path.write_text(text[:m.start(1)] + m.group(1) + " (مراجع)" + text[m.end(1):], encoding="utf-8")
    out = tree.parent / f"ar-{tree.name}.po"
    tr.export_file("ar", "po", out)
    result = tr.import_file(out, "ar", "X")
    assert result.changed == []
    assert ts.read_bytes() != stale_ts and m.group(1) + " (مراجع)" in ts.read_text(encoding="utf-8")
    assert qm.read_bytes() != stale and "resources/i18n/capacity_app_ar.qm" in result.files
    assert "resources/i18n/capacity_app_ar.ts" in result.files
    again = tr.import_file(out, "ar", "X")
    assert again.files == []  # released once: nothing written the next time


def test_an_xliff_saved_in_utf16_is_said_so(tree, exported):
    """A CAT tool may save XLIFF in UTF-16 (valid XML): refused in one line saying so (
    'neither XLIFF nor a UTF-8 PO file')."""
    out = tree.parent / f"ar-{tree.name}.xlf"
    text = exported("ar", "xliff").replace('encoding="UTF-8"', 'encoding="UTF-16"', 1)
    out.write_bytes(text.encode("utf-16"))
    before = snapshot(tree)
    with pytest.raises(tr.TranslationFileError) as err:
        tr.import_file(out, "ar", "X")
    assert err.value.errors == [f"{out.name}: saved in UTF-16; save it again as UTF-8 (XLIFF or PO)"]
    assert snapshot(tree) == before


def test_a_whole_language_review_marks_every_catalogue_reviewed(tree, exported):
    from capacity_app.catalog.kinds import translation_review
    from capacity_app.domain.languages import Review

    out = tree.parent / "ar.xlf"
    out.write_text(exported("ar", "xliff"), encoding="utf-8")
    assert not translation_review("ar", {"ar": Review()}).reviewed
    result = tr.import_file(out, "ar", "Amina K., DGACM Arabic Translation Service", "2026-11-20", whole_review=True)
    assert result.changed == []
    assert "cli" in KINDS   # the command line's --help and usage errors are reviewed with the rest
    for kind in KINDS.values():
        assert read_catalogue(kind.path("ar"), "ar", []).review == Review(
            "Amina K., DGACM Arabic Translation Service", "2026-11-20"), kind.name
    from capacity_app.catalog import window

    assert window.read(window.catalogue_path("ar"), "ar", [])[0] == Review(
        "Amina K., DGACM Arabic Translation Service", "2026-11-20")
    assert translation_review("ar", {"ar": Review("Amina K., DGACM Arabic Translation Service", "2026-11-20")}).reviewed
    record = (tree / "resources" / "i18n" / "reviews.ar.yaml").read_text(encoding="utf-8")
    assert "whole_language: true" in record and "changed: []" in record
    # the command line's catalogue is one of them: left unreviewed, About says a first translation again
    from capacity_app.catalog.kinds import render_catalogue_text
    from capacity_app.catalog.translations import Catalogue

    cli = read_catalogue(KINDS["cli"].path("ar"), "ar", [])
    KINDS["cli"].path("ar").write_text(render_catalogue_text(KINDS["cli"], "ar", Catalogue("ar", Review(), cli.entries)),
                                       encoding="utf-8")
    assert not translation_review("ar", {"ar": Review("Amina K., DGACM Arabic Translation Service", "2026-11-20")}).reviewed
    with pytest.raises(tr.TranslationFileError) as err:
        tr.import_file(out, "ar", "  ", "2026-13-01")
    assert len(err.value.errors) == 2     # no reviewer, no such date: each on its line


def test_a_placeholder_refused_is_said_in_the_command_lines_language(tree, ru_po, monkeypatch):
    """The refusal of a format spec, through `translations import`, in Spanish (cli/said.py)."""
    from capacity_app.cli import main

    out = tree.parent / "ru-es.po"
    out.write_text(edit_po(ru_po, "sentences/cell.not_assessed",
                           "{src}: {src:>999999999} не оценено"), encoding="utf-8")
    before = snapshot(tree)
    monkeypatch.setenv("CAPACITY_APP_LANG", "es")
    r = CliRunner().invoke(main, ["translations", "import", str(out), "--lang", "ru", "--reviewer", "A. B"])
    assert r.exit_code == 2
    line = next(x for x in r.output.splitlines() if "{src:>999999999}" in x)
    assert line.endswith("sentences/cell.not_assessed: el marcador {src:>999999999} no es un simple {name} "
                         "(una traducción no lleva formato, atributo ni índice)"), line
    assert "is not a bare" not in r.output and "carries no format" not in r.output
    assert r.output.splitlines()[-1] == "capacity-app: errores: 1; no se escribió nada"
    assert snapshot(tree) == before


def cat_tool_edit(text: str, fmt: str, edits: dict[str, str]) -> str:
    """``edits`` (unit id -> new target) written into an exported file as a CAT tool writes it:
    a PO file read and written again by translate-toolkit's own PO store (its line wrapping), an
    XLIFF target replaced in place with its state set to translated."""
    if fmt == "po":
        from translate.storage import pypo

        po = pypo.pofile.parsestring(text.encode("utf-8"))
        for unit in po.units:
            if unit.getcontext() in edits:
                unit.target = edits[unit.getcontext()]
        return bytes(po).decode("utf-8")
    from xml.sax.saxutils import escape

    for uid, new in edits.items():
        text = edit_xliff(text, uid, f'<target state="translated">{escape(new)}</target>')
    return text


def _undated(text: str) -> str:
    """The file without the PO header's time stamps (written to the minute: two exports a minute
    apart differ there and nowhere else)."""
    return re.sub(r'^"(POT-Creation|PO-Revision)-Date: [^"]*"$', "", text, flags=re.M)


@pytest.mark.parametrize("lang,fmt", [("pt", "po"), ("pt", "xliff"), ("fr", "po"), ("fr", "xliff")])
def test_a_round_trip_through_a_cat_tool_is_exact(tree, exported, lang, fmt):
    """Portuguese and French, catalogue languages both: a unit of every kind of text (the
    questionnaire, a sentence, a report's plural form, the consolidated report, the forms, a help
    section in markup, a window message, a command's --help and a usage error of click) edited in
    the exported file, an ampersand and quotes among the words; the import changes exactly those
    units, touches no file of another language, and an export of the result is the edited file
    byte for byte (so each text arrived as typed and no other changed); the command line says
    them so."""
    out = tree.parent / f"{lang}.{'xlf' if fmt == 'xliff' else 'po'}"
    units = bundled(lang).units
    wanted = ("questionnaire/", "sentences/", "report/reading_overall#", "aggregate/", "forms/", "help/",
              "interface/", "cli/actions.add.--owner", "cli/click.no_such_option")
    edits = {u.id: f"{u.target} & «{lang}-{fmt}», revisto"
             for u in (next(u for u in units if u.id.startswith(w) and u.target) for w in wanted)}
    text = cat_tool_edit(exported(lang, fmt), fmt, edits)
    out.write_text(text, encoding="utf-8")
    mine = (f"/{lang}.yaml", f".{lang}.yaml", f"_{lang}.ts", f"_{lang}.qm")
    others = {k: v for k, v in snapshot(tree).items() if not k.endswith(mine)}
    result = tr.import_file(out, lang, "A. Tradutora, DGACM")
    assert sorted(result.changed) == sorted(edits)
    assert {k: v for k, v in snapshot(tree).items() if k in others} == others
    again = tree.parent / f"again-{out.name}"
    tr.export_file(lang, fmt, again)
    assert _undated(again.read_text(encoding="utf-8")) == _undated(text)
    from capacity_app.cli import helptext, main

    helptext._READ.clear()   # the command line reads the imported catalogue: --help and a usage error
    try:
        env = {"CAPACITY_APP_LANG": lang}
        shown = CliRunner().invoke(main, ["actions", "add", "--help"], env=env, terminal_width=1000).output
        assert edits["cli/actions.add.--owner"] in shown
        refused = CliRunner().invoke(main, ["list", "--nope"], env=env).output
        assert refused.splitlines()[-1].endswith(edits["cli/click.no_such_option"].replace("{name}", "'--nope'"))
    finally:
        helptext._READ.clear()
