"""A sheet read by its headers: no header is two columns' (in any two languages, or a key and a
label), so whichever language a workbook is written in, and whichever language it says it is in,
each header gives one column, the same one."""
import pytest

from capacity_app.domain.languages import LANGUAGES
from capacity_app.exchange.workbook import format as fmt
from capacity_app.exchange.workbook.cells import find_columns, header_text

SHEETS = {
    fmt.ACTION_PLAN: fmt.ACTION_PLAN_COLUMNS,
    fmt.ACTION_COSTS: fmt.ACTION_COSTS_COLUMNS,
    fmt.RESULTS: fmt.RESULTS_COLUMNS,
    fmt.PLAN_PROGRESS: fmt.PLAN_PROGRESS_COLUMNS,
    fmt.INDICATOR_VALUES: fmt.INDICATOR_VALUES_COLUMNS,
}


def _headers(name: str) -> set[str]:
    """Every header a reader takes for the column ``name``: its key, its retired labels and its
    label in each language, as a header cell is read."""
    return {name, *fmt._retired_labels().get(name, ()),
            *(header_text(fmt.column_label(name, lang)) for lang in LANGUAGES)}


@pytest.mark.parametrize("sheet", sorted(SHEETS))
def test_no_header_is_two_columns(sheet):
    owner: dict[str, str] = {}
    for name in SHEETS[sheet]:
        for h in _headers(name):
            assert owner.setdefault(h, name) == name, (sheet, h, owner[h], name)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_header_row_in_any_language_and_order_gives_each_column(lang):
    told: list = []
    for sheet, columns in SHEETS.items():
        row = [fmt.column_label(name, lang) for name in reversed(columns)]
        places = find_columns([row], lambda *a: told.append(a), sheet, columns, (), lang)
        assert told == [] and places == {name: len(columns) - i for i, name in enumerate(columns)}, (sheet, told)
        # the same row read as if the workbook said another language: the same columns
        other = "en" if lang != "en" else "fr"
        assert find_columns([row], lambda *a: told.append(a), sheet, columns, (), other) == places
        for name in columns:  # each header alone, as the per-column check of every language reads it
            assert fmt.is_column_label(fmt._spaced(fmt.column_label(name, lang)), name)
