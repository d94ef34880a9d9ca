"""The exchange workbook in the assessment's language: its header rows and README written
in the language, labels rather than codes in the Scores sheet, Arabic sheets right to left, and the
keys a reader matches kept language-neutral, so that a workbook in one language imports in another."""
from __future__ import annotations

import openpyxl
import pytest
from sample import sample

from capacity_app.domain.languages import LANGUAGES
from capacity_app.domain.texts import text
from capacity_app.exchange.workbook import vocab
from capacity_app.exchange.workbook.format import (
    ACTION_PLAN,
    ACTION_PLAN_COLUMNS,
    ANSWERS,
    ANSWERS_COLUMNS,
    METADATA,
    METADATA_COLUMNS,
    REVIEW,
    REVIEW_COLUMNS,
    SCORES,
    SCORES_COLUMNS,
    canonical_header,
    column_label,
)
from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook

from exchange_helpers import make_store
from workbook_values import sheet_values

HEADERS = {
    "fr": {"Answer key": "Clé de la réponse", "Don't know": "Ne sait pas", "Comment": "Commentaire"},
    "es": {"Answer key": "Clave de la respuesta", "Not applicable": "No aplicable"},
    "ar": {"Answer key": "مفتاح الإجابة", "Evidence": "الأدلة"},
    "zh": {"Answer key": "答复键", "Comment": "评论"},
    "ru": {"Answer key": "Ключ ответа", "Comment": "Комментарий"},
}
TITLES = {
    "en": "Republic of Veloria: migration data capacity assessment 2026",  # as stored
    "fr": "République de Veloria (fictive)\u00a0: évaluation des capacités en matière de données migratoires, 2026",
    "es": "República de Veloria (ficticia): evaluación de la capacidad en materia de datos migratorios, 2026",
    "ar": "جمهورية فيلوريا (خيالية): تقييم القدرات الوطنية في مجال بيانات الهجرة، 2026",
    "zh": "维洛里亚共和国（虚构）：2026年移徙数据能力评估",
    "ru": "Республика Велория (вымышленная): оценка потенциала в области данных о миграции, 2026 год",
    "pt": "República da Velória (fictícia): avaliação da capacidade em dados sobre migração, 2026",
}
README_FIRST = {
    "fr": "Ce classeur contient", "es": "Este libro contiene", "ar": "يتضمن هذا المصنف",
    "zh": "本工作簿载有", "ru": "Эта рабочая книга содержит", "en": "This workbook holds", "pt": "Este livro contém",
}


@pytest.fixture(scope="module")
def exported(rich, tmp_path_factory):
    """The rich assessment's workbook in a language, exported once for the module's tests, which
    only read it: ``exported(lang)``."""
    folder = tmp_path_factory.mktemp("languages")
    made = {}

    def export(lang):
        if lang not in made:
            db, aid, _ = rich
            store = make_store(db)
            try:
                made[lang] = folder / f"wb-{lang}.xlsx"
                export_workbook(store, aid, made[lang], lang=lang)
            finally:
                store.close()
        return made[lang]

    return export


@pytest.fixture(scope="module")
def loaded(exported):
    """That workbook loaded in openpyxl's full mode (styles, data validations, sheet views), once for
    the module's tests, which only read it: ``loaded(lang)``."""
    books = {}

    def load(lang):
        if lang not in books:
            books[lang] = openpyxl.load_workbook(exported(lang))
        return books[lang]

    return load


@pytest.mark.parametrize("lang", sample(LANGUAGES))
def test_headers_and_readme_in_the_language(loaded, lang):
    wb = loaded(lang)
    answers = [c.value for c in wb[ANSWERS][1]][:len(ANSWERS_COLUMNS)]
    assert answers == [column_label(n, lang) for n in ANSWERS_COLUMNS]
    for name, label in HEADERS.get(lang, {}).items():
        assert label in answers, (name, label)
    if lang != "en":
        assert not set(answers) & {"Answer key", "Comment", "Evidence"}  # no English left
    for sheet, columns in ((SCORES, SCORES_COLUMNS), (METADATA, METADATA_COLUMNS), (REVIEW, REVIEW_COLUMNS),
                           (ACTION_PLAN, ACTION_PLAN_COLUMNS)):
        assert [c.value for c in wb[sheet][1]][:len(columns)] == [column_label(n, lang, sheet) for n in columns]
    readme = [r[0] for r in wb["README"].iter_rows(values_only=True) if r and r[0]]
    assert readme[2].startswith(README_FIRST[lang])
    # the README names the Answers columns as the header does
    assert column_label("Don't know", lang) in " ".join(readme)
    # the title made when none was typed, the status and the Scores kinds in the language
    meta = {r[0].value: r[1].value for r in wb[METADATA].iter_rows(min_row=2)}
    assert meta["status"] == vocab.label(vocab.ASSESSMENT_STATUS, "in_progress", lang)
    assert meta["title"] == readme[1] == TITLES[lang]
    assert {r[0] for r in wb[SCORES].iter_rows(min_row=2, values_only=True)} == set(
        vocab.labels(vocab.SCORE_KIND, lang))
    # the Don't know mark as the language writes yes
    dk = ANSWERS_COLUMNS.index("Don't know")
    marks = {r[dk] for r in wb[ANSWERS].iter_rows(min_row=2, values_only=True)} - {None}
    assert marks == {vocab.label(vocab.YES_NO, "yes", lang)}, marks
    # the drop-downs' messages, what a Code cell accepts and the Matrix note in the language too
    titles = {(dv.promptTitle, dv.errorTitle) for dv in wb[ANSWERS].data_validations.dataValidation
              if dv.promptTitle}
    assert titles <= {(text("wb.dv.allowed", lang), text("wb.dv.not_allowed", lang)),
                      (text("wb.dv.allowed", lang), None)}, titles
    matrix_notes = [c.value for c in wb["Matrix"]["A"] if c.value == text("wb.matrix.note", lang)]
    assert len(matrix_notes) == 1
    if lang != "en":
        prompts = " ".join(dv.prompt or "" for dv in wb[ANSWERS].data_validations.dataValidation)
        assert "codes separated by commas" not in prompts and "whole number" not in prompts
    assert all(ws.sheet_view.rightToLeft is (True if lang == "ar" else None) or
               bool(ws.sheet_view.rightToLeft) == (lang == "ar") for ws in wb.worksheets)


def test_an_arabic_workbook_opens_right_to_left(loaded):
    wb = loaded("ar")
    assert wb.worksheets and all(ws.sheet_view.rightToLeft for ws in wb.worksheets)
    wb = loaded("fr")
    assert not any(ws.sheet_view.rightToLeft for ws in wb.worksheets)


def test_scores_show_labels_not_codes(exported):
    rows = sheet_values(exported("fr"), SCORES)[1:]
    codes = {"requires_further_progress", "partially_meets", "meets", "fully_meets", "provisional",
             "custom_weights", "not_available", "available", "partially_available"}
    status, gap_type = SCORES_COLUMNS.index("Status"), SCORES_COLUMNS.index("Gap type")
    shown = {r[status] for r in rows} | {r[gap_type] for r in rows}
    assert not shown & codes
    # the Kind column too: its labels in French, read back as the codes
    assert {r[0] for r in rows} <= {"Score global", "Section", "Question de politique", "Indicateur des ODD", "note"}



def test_recommendations_show_the_gap_type_in_the_language(exported):
    """The Recommendations sheet's gap type is its label, not its code (the Russian
    workbook read "processing_access"), and its policy questions are listed with the language's comma."""
    from capacity_app.domain.labels import GAP_TYPES, gap_type_label

    rows = sheet_values(exported("ar"), "Recommendations")[1:]
    assert rows
    gap_types = {r[4] for r in rows if r[4]}
    assert gap_types and gap_types <= {gap_type_label(code, "ar") for code in GAP_TYPES}
    assert not any("," in (r[6] or "") for r in rows)


@pytest.mark.parametrize(("written", "read_on"), [("fr", "en"), ("zh", "ru"), ("ar", "es")])
def test_a_workbook_imports_in_another_language(rich, exported, qn, tmp_path, written, read_on):
    """Exported in one language, read on a machine whose interface and reports are in another: the
    reader matches headers in any of the six languages; answers, plan and reviews come back whole."""
    db, aid, _ = rich
    path = exported(written)
    plan = read_workbook(path, qn)
    assert plan.checksum_ok and plan.edited == []
    origin = make_store(db)
    try:  # the exact round trip: read back, it changes nothing where it came from (labels, title)
        assert diff_import(origin, plan) == []
        # a default title is printed in the workbook's language and read back as stored
        from capacity_app.services.plan.actions import with_uncarried_fields

        assert with_uncarried_fields(origin.action_plan(aid), plan.action_plan) == origin.action_plan(aid)
    finally:
        origin.close()
    fresh = make_store(tmp_path / f"fresh-{written}-{read_on}.sqlite3")
    try:
        assert diff_import(fresh, plan) == []
        a = apply_import(fresh, plan).assessment
        again = tmp_path / f"again-{read_on}.xlsx"
        export_workbook(fresh, a.id, again, lang=read_on)
        assert read_workbook(again, qn).checksum_ok
    finally:
        fresh.close()


def test_a_header_is_read_in_any_language_and_a_wrong_one_is_still_told():
    row = [column_label(n, lang) for n, lang in zip(ANSWERS_COLUMNS, LANGUAGES * 3, strict=False)]
    assert canonical_header(row, ANSWERS_COLUMNS) == ANSWERS_COLUMNS
    assert canonical_header(["Clé", "Question"], ANSWERS_COLUMNS) == ("Clé", "Question")
    # a label of another column at this place is not taken for this one
    assert canonical_header([column_label("Comment", "fr")], ANSWERS_COLUMNS)[0] == "Commentaire"


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_workbook_reads_the_catalogue_of_its_own_language_only(exported, lang):
    """Read for an import and for the aggregation, in a process of its own (as each is): its headers
    and coded cells are looked up in its own language before any other, so that no other
    language's catalogue is read (every one was, once per process: a quarter of a second before
    the first workbook)."""
    import json
    import subprocess
    import sys

    script = (
        "import json, sys\n"
        "from capacity_app.catalog.loader import load_bundled\n"
        "from capacity_app.domain import texts\n"
        "from capacity_app.exchange.aggregate import extract\n"
        "from capacity_app.services.exchange import read_workbook\n"
        "q = load_bundled()\n"
        "texts.CATALOGUES.clear()\n"
        "assert read_workbook(sys.argv[1], q).checksum_ok\n"
        "imported = sorted(texts.CATALOGUES)\n"
        "texts.CATALOGUES.clear()\n"
        "extract.init_worker(None, q)\n"
        "assert type(extract.extract(sys.argv[1])).__name__ == 'Extracted'\n"
        "print(json.dumps([imported, sorted(texts.CATALOGUES)]))\n")
    out = subprocess.run([sys.executable, "-c", script, str(exported(lang))], capture_output=True, text=True,
                         check=True).stdout
    own = [] if lang == "en" else [lang]  # English is written in the code
    assert json.loads(out) == [own, own]


def test_no_label_is_two_codes_in_two_languages():
    """A coded cell's label is looked up language by language, stopping at the first that has it
    (``vocab.code_of``): that gives the code every language would only while no text is the label
    of two codes, in one language or across two."""
    for vocabulary in (getattr(vocab, name) for name in dir(vocab)):
        if not isinstance(vocabulary, vocab.Vocabulary):
            continue
        codes: dict[str, set[str]] = {}
        for lang in LANGUAGES:
            for code in vocabulary.codes:
                codes.setdefault(vocab._key(vocab.label(vocabulary, code, lang)), set()).add(code)
        assert {k: v for k, v in codes.items() if len(v) > 1} == {}, vocabulary.what


def test_a_header_is_two_columns_labels_in_one_language_at_most():
    """A header is looked up by kind of label, then language by language (``format.column_headed``),
    not column by column: both find the same column while a text that heads two columns does so
    in one language only (then the first column listed is taken either way)."""
    from capacity_app.domain.texts import TEXTS
    from capacity_app.exchange.workbook.cells import header_text
    from capacity_app.exchange.workbook.format import _retired_labels

    names = sorted({k[len("wb.col."):] for k in TEXTS if k.startswith("wb.col.")})
    where: dict[str, set[tuple[str, str]]] = {}
    for name in names:
        where.setdefault(name, set()).add((name, "key"))
        for label in _retired_labels().get(name, ()):
            where.setdefault(label, set()).add((name, "retired"))
        for lang in LANGUAGES:
            where.setdefault(header_text(column_label(name, lang)), set()).add((name, lang))
    for label, found in where.items():
        columns = {name for name, _ in found}
        if len(columns) > 1:  # the label of two columns: in one language, or a column's key too
            kinds = {kind for _, kind in found}
            assert len(kinds - {"key"}) == 1, (label, sorted(found))


def test_a_language_the_workbook_wrongly_states_changes_nothing_read(exported, qn, tmp_path):
    """The Metadata's language only orders the lookups: stated wrongly (another language, one the
    application does not have, upper case, huge, with a direction mark, a tab or a delete character, empty), with
    the headers in several languages at once, the workbook reads as it reads when right."""
    from capacity_app.domain.answers import canonical_answers

    wb = openpyxl.load_workbook(exported("fr"))
    meta = wb[METADATA]
    row = next(r for r in range(2, meta.max_row + 1) if meta.cell(r, 1).value == "language")
    answers = wb[ANSWERS]
    for i, name in enumerate(ANSWERS_COLUMNS, 1):  # each header in another language, one as its key
        answers.cell(1, i).value = name if i == 3 else column_label(name, LANGUAGES[i % len(LANGUAGES)])
    expected = read_workbook(exported("fr"), qn)
    for stated in ("ar", "zz", "FR", "fr" * 5000, "\u202bar", "fr\tar\x7f", ""):
        meta.cell(row, 2).value = stated
        path = tmp_path / "stated.xlsx"
        wb.save(path)
        got = read_workbook(path, qn)
        assert canonical_answers({a.key: a for a in got.answers}) == canonical_answers(
            {a.key: a for a in expected.answers}), repr(stated[:10])
        assert (got.title, got.action_plan.actions, got.reviews) == (
            expected.title, expected.action_plan.actions, expected.reviews), repr(stated[:10])
