"""A language the application has never seen, added by its catalogue alone: Georgian (its own
script), one translator's PO file dropped into a languages folder. It is in every output (the
questionnaire, the report's PDF laid out without a word over another or off the page, the Word
copy, the workbook, the window), English where an entry is missing or refused, and every refused
entry is told in one line naming the file, the entry and the reason; a catalogue that cannot be
used leaves the language out, told, and nothing else changes."""
from __future__ import annotations

import re
import subprocess
import zipfile

import pytest

from capacity_app.domain import languages as L

MARK = "ქა "   # what the test's translator puts before each English text: Georgian letters, placeholders kept
_KEEP = re.compile(r"(\{[^{}]*\}|%L?\d{1,2}|%[nsdif]|<[^<>]*>|&[A-Za-z]+;|&&)")
_GEORGIAN = str.maketrans({**{chr(ord("a") + i): chr(0x10D0 + i) for i in range(26)},
                           **{chr(ord("A") + i): chr(0x10D0 + i) for i in range(26)}})


def georgian(english: str) -> str:
    """The test translator's Georgian: each Latin letter written as a Georgian one (as long as the
    English, one script), placeholders, markup and entities kept as they are, MARK first."""
    parts = _KEEP.split(english)
    body = "".join(p if i % 2 else p.translate(_GEORGIAN) for i, p in enumerate(parts))
    if body.startswith("<"):
        return body.replace(">", ">" + MARK, 1)
    return MARK + body


def _clear_caches() -> None:
    from capacity_app.catalog import aggregate_texts, dropin, forms_texts, loader
    from capacity_app.domain import editorial, texts
    from capacity_app.reports import format as report_format

    L.reload()
    dropin._READ.clear()
    loader._CACHE.clear()
    texts.CATALOGUES.clear()
    report_format.clear()
    aggregate_texts.clear()
    for f in vars(forms_texts).values():
        if hasattr(f, "cache_clear"):
            f.cache_clear()
    editorial._CLDR_CACHE.clear()
    editorial._period_forms.cache_clear()


@pytest.fixture
def languages_folder(tmp_path, monkeypatch):
    folder = tmp_path / "languages"
    folder.mkdir()
    monkeypatch.setenv("CAPACITY_APP_LANGUAGES", str(folder))
    monkeypatch.setenv("CAPACITY_APP_DATA", str(tmp_path / "data"))
    _clear_caches()
    yield folder
    monkeypatch.delenv("CAPACITY_APP_LANGUAGES")
    _clear_caches()


HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ka\\n"\n'
          '"X-Language-Tag: ka-GE\\n"\n"X-Quotes: „“\\n"\n\n')


_MADE: dict[bool, bytes] = {}   # the translated catalogue, made once per test process (an export of every text)


def _georgian(folder, broken: bool = True):
    """ka.po: the header alone makes the language; the export then gives every text to translate,
    each translated as MARK + the English (two refused when ``broken``). The file is made once and
    written again into each test's folder."""
    path = folder / "ka.po"
    if broken not in _MADE:
        _MADE[broken] = _translated(path, broken).read_bytes()
    path.write_bytes(_MADE[broken])
    _clear_caches()
    assert "ka" in L.LANGUAGES, L.problems()
    return path


def _translated(path, broken: bool):
    from translate.storage import pypo

    from capacity_app.catalog import translator

    path.write_text(HEADER, encoding="utf-8")
    _clear_caches()
    assert "ka" in L.LANGUAGES, L.problems()
    translator.export_file("ka", "po", path)
    po = pypo.pofile.parsefile(str(path))
    for u in po.units:
        if u.isheader():
            continue
        source = str(u.source)
        u.target = georgian(source)
        if broken and u.getcontext() == "report/reading_gaps#other":
            u.target = "ქა ყველაზე გადაუდებელი ხარვეზები"          # {pqs} dropped
    if broken:
        extra = pypo.pounit("ქა")
        extra.setcontext("report/no_such_text")
        extra.target = "ქა ტექსტი"
        po.addunit(extra)
    po.savefile(str(path))
    _clear_caches()
    return path


def test_a_header_alone_makes_the_language_from_cldr(languages_folder):
    (languages_folder / "ka.po").write_text(HEADER, encoding="utf-8")
    _clear_caches()
    ka = L.language("ka")
    assert (ka.name, ka.english_name, ka.script, ka.direction, ka.bcp47) == ("ქართული", "Georgian", "Geor", "ltr", "ka-GE")
    assert ka.quotes == ("„", "“") and not ka.builtin and ka.catalogue.endswith("ka.po")
    assert "ka" in L.CATALOGUED and L.codes_text().endswith("or ka")
    from capacity_app.catalog.countries import area_name, name, names_source

    assert name("GEO", "ka") == "საქართველო" and names_source("ka") == "CLDR"   # M49 has no Georgian table
    assert area_name("150", "ka") == "ევროპა"


@pytest.mark.parametrize("header, reason", [
    ('msgid ""\nmsgstr ""\n"Language: ka\\n"\n"X-Direction: sideways\\n"\n', "X-Direction must be ltr or rtl"),
    ('msgid ""\nmsgstr ""\n"Language: ka\\n"\n"X-Language-Name: \u202eილ\\n"\n', "without control or direction"),
    ('msgid ""\nmsgstr ""\n"Language: ru\\n"\n', "its header says Language: 'ru'"),
    ("not a PO file at all\n", "does not start with a PO header"),
    ('msgid ""\nmsgstr ""\n"Language: ka\\n"\n"X-Babel-Locale: xx_YY\\n"\n', "locale 'xx_YY') is a language CLDR does not know"),
    ('msgid ""\nmsgstr ""\n"Language: ka\\n"\n"X-Babel-Locale: pt_PT\\n"\n', "not a locale of 'ka'"),
])
def test_a_catalogue_that_cannot_be_used_is_left_out_and_told(languages_folder, header, reason):
    (languages_folder / "ka.po").write_text(header, encoding="utf-8")
    _clear_caches()
    assert "ka" not in L.LANGUAGES
    assert L.LANGUAGES[:6] == ("en", "fr", "es", "ar", "zh", "ru")   # nothing else changes
    [line] = L.problems()
    assert "ka.po: left out:" in line and reason in line


@pytest.mark.parametrize("stem, reason", [("xq", "CLDR does not know"), ("Georgian", "not a language code"),
                                          ("fr", "already a language of the application")])
def test_a_code_the_world_does_not_have_is_told(languages_folder, stem, reason):
    (languages_folder / f"{stem}.po").write_text(HEADER.replace("Language: ka", f"Language: {stem}"),
                                                 encoding="utf-8")
    _clear_caches()
    assert stem not in L.CATALOGUED or L.BY_CODE[stem].builtin  # French stays the application's own
    assert any(reason in line for line in L.problems()), L.problems()


def test_every_output_reads_the_dropped_in_catalogue(languages_folder, tmp_path, qapp):
    from capacity_app.catalog import dropin
    from capacity_app.catalog.loader import load_bundled

    path = _georgian(languages_folder)
    got = dropin.read("ka")
    # the two refused entries: one line each, naming the file, the entry and the reason
    assert len(got.problems) == 2, got.problems
    assert any("ka.po" in p and "report/reading_gaps#other" in p and "{pqs}" in p for p in got.problems)
    assert any("ka.po" in p and "unknown id 'report/no_such_text'" in p for p in got.problems)
    assert 0.99 < got.share < 1

    q = load_bundled()
    assert "ka" in q.languages
    assert q.sections[1].label["ka"].startswith(MARK)

    from capacity_app.reports.format import load_strings

    strings = load_strings("ka")
    assert strings["reading_gaps"] == load_strings("en")["reading_gaps"]   # refused: English
    assert all(isinstance(v, str) and v.startswith(MARK) for k, v in strings.items()
               if isinstance(v, str) and k.startswith("plan_") and load_strings("en")[k])

    # the report, laid out: Georgian words in it, none over another, none off the page
    from made_reports import write_checked

    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo
    from capacity_app.services.exchange import export_workbook
    from capacity_app.services.reports import build_report_context, render_report_docx

    db = tmp_path / "ka.sqlite3"
    with open_store(db, backup_dir=tmp_path / "backups") as store:
        aid = create_demo(store).id
        ctx = build_report_context(store, None, aid, "ka")
        layout = write_checked(ctx, tmp_path / "ka.pdf")
        assert layout["outside"] == [] and layout["running_overlap"] == [], layout
        # the PDF's text as poppler reads it (make test installs poppler-utils), the lines joined
        done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "ka.pdf"), "-"], capture_output=True,
                              text=True, check=True)
        text = " ".join(done.stdout.replace("\u00ad\n", "").replace("-\n", "").split())
        assert MARK.strip() in text and "საქართველო" not in text   # Veloria's report, in Georgian
        assert georgian("fixed texts are translated into this language")[len(MARK):] in text  # the cover says how much
        # the contents' page numbers of the PDF just laid out (not laid out a second time to read
        # them): what is checked of the Word copy is its words and its language, not its pages
        render_report_docx(ctx, tmp_path / "ka.docx", pages=layout.get("anchors"))
        with zipfile.ZipFile(tmp_path / "ka.docx") as z:
            body = z.read("word/document.xml").decode("utf-8")
            core = z.read("docProps/core.xml").decode("utf-8")
        assert MARK.strip() in body, body[:2000]
        assert "<dc:language>ka-GE</dc:language>" in core
        export_workbook(store, aid, tmp_path / "ka.xlsx", lang="ka")
    import openpyxl

    wb = openpyxl.load_workbook(tmp_path / "ka.xlsx", read_only=True)
    cells = [str(c) for ws in wb.worksheets for row in ws.iter_rows(max_row=30, values_only=True) for c in row if c]
    assert any(c.startswith(MARK) for c in cells)

    # the window: its messages from the same file, a count's form by CLDR's rule
    from PySide6.QtCore import QCoreApplication

    from capacity_app.gui.window.app import install_translations

    try:
        installed = install_translations(qapp, "ka")
        assert installed and QCoreApplication.translate("MainWindow", "&File") == georgian("&File")
    finally:
        install_translations(qapp, "en")
    assert path.exists()  # read where it lies, never rewritten


def test_the_dropped_in_language_gives_the_command_lines_help_and_usage_errors(languages_folder):
    """The same PO file carries the command line's --help and click's usage errors (the kind
    "cli"): asked in Georgian, the help and a refusal of an unknown option are the file's words,
    the option's name as it was typed; the status counts them."""
    from click.testing import CliRunner

    from capacity_app.catalog.kinds import KINDS
    from capacity_app.cli import helptext, main

    _georgian(languages_folder)
    english = KINDS["cli"].sources()
    helptext._READ.clear()
    try:
        env = {"CAPACITY_APP_LANG": "ka"}
        got = CliRunner().invoke(main, ["actions", "add", "--help"], env=env, terminal_width=1000,
                                prog_name="capacity-app")
        assert got.exit_code == 0, got.output
        assert got.output.startswith(f"{georgian(english['click.usage'])} capacity-app actions add [OPTIONS]")
        assert georgian(english["actions.add.--owner"]) in got.output
        refused = CliRunner().invoke(main, ["list", "--nope"], env=env)
        assert refused.exit_code == 2
        said = georgian(english["click.no_such_option"]).format(name="'--nope'")
        assert refused.output.splitlines()[-1] == georgian(english["click.error"]).format(message=said)
        status = CliRunner().invoke(main, ["translations", "status"], env={"CAPACITY_APP_LANG": "en"}).output
        line = next(x for x in status.splitlines() if x.startswith("ka "))
        assert f"cli {len(english)}," in line, line
    finally:
        helptext._READ.clear()


def test_the_languages_page_counts_the_catalogues_as_they_are():
    """docs/languages.md's table is what ``translations status --markdown`` prints today."""
    from pathlib import Path

    from click.testing import CliRunner

    from capacity_app.cli import main

    got = CliRunner().invoke(main, ["translations", "status", "--markdown"], catch_exceptions=False)
    assert got.exit_code == 0, got.output
    page = (Path(__file__).resolve().parents[2] / "docs" / "languages.md").read_text(encoding="utf-8")
    shown = page.split("<!-- translations status: start -->\n", 1)[1].split("<!-- translations status: end -->")[0]
    assert shown == got.output, "run: python tools/languages_doc.py"


def test_a_language_listed_before_its_catalogues_exist_shows_english_and_fails_nothing(languages_folder):
    """A language in the list with no catalogue of any kind yet (languages.json edited first): every
    text in English, no command failing on a catalogue file not found."""
    L.add(L.Language("ka", "ქართული", "Georgian", "ltr", "ka", "", L.fonts_for("Geor"), False, "Geor", "ka-GE"))
    from capacity_app.catalog import aggregate_texts, forms_texts
    from capacity_app.catalog.loader import load_bundled
    from capacity_app.domain.texts import text
    from capacity_app.reports.format import load_strings

    assert load_strings("ka")["report_title"] == load_strings("en")["report_title"]
    assert text("band.meets", "ka") == text("band.meets", "en")
    key = next(iter(aggregate_texts.strings()))
    assert aggregate_texts.text(key, "ka") == aggregate_texts.text(key, "en")
    assert forms_texts.text("form.sheet.cover", "ka") == forms_texts.text("form.sheet.cover", "en")
    q = load_bundled()
    assert "ka" not in q.languages and q.sections[1].label["en"]


@pytest.mark.parametrize("target, reason", [
    ("ქა {share:>999} ტექსტი", "not a bare"),
    ("ქა <b>{share}</b> ტექსტი", "markup <b>"),
    ("ქა \u202e{share} ტექსტი", "a direction mark (U+202E)"),
    ("ქა \x00{share}", "control characters"),
])
def test_a_hostile_entry_is_told_and_shows_english(languages_folder, target, reason):
    from translate.storage import pypo

    from capacity_app.catalog import dropin
    from capacity_app.reports.format import load_strings

    path = _georgian(languages_folder, broken=False)
    po = pypo.pofile.parsefile(str(path))
    for u in po.units:
        if u.getcontext() == "report/translation_share":
            u.target = target
    po.savefile(str(path))
    _clear_caches()
    got = dropin.read("ka")
    assert len(got.problems) == 1 and "report/translation_share" in got.problems[0] and reason in got.problems[0], \
        got.problems
    assert load_strings("ka")["translation_share"] == load_strings("en")["translation_share"]
    assert load_strings("ka")["report_title"] == georgian(load_strings("en")["report_title"])


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, b"\xff\xfe\x00m\x00s\x00g"])
def test_a_damaged_catalogue_leaves_the_language_in_english_and_says_so(languages_folder, content):
    from capacity_app.catalog import dropin
    from capacity_app.reports.format import load_strings

    path = _georgian(languages_folder, broken=False)
    path.write_bytes(HEADER.encode() + content)
    _clear_caches()
    if "ka" not in L.LANGUAGES:  # its header unreadable: left out, told
        assert any("ka.po: left out" in p for p in L.problems())
        return
    got = dropin.read("ka")
    assert got.problems and all(str(path) in p or "ka.po" in p for p in got.problems) and got.translated == 0
    assert load_strings("ka")["report_title"] == load_strings("en")["report_title"]


def test_a_huge_catalogue_is_left_out_in_one_line(languages_folder):
    path = languages_folder / "ka.po"
    path.write_text(HEADER, encoding="utf-8")
    with open(path, "r+b") as f:
        f.truncate(51 * 1024 * 1024)   # sparse: 51 MB read by nothing
    _clear_caches()
    assert "ka" not in L.LANGUAGES
    assert [p for p in L.problems() if "ka.po: left out: the file is larger than 50 MB" in p]
