"""The workbook codec: decode(encode(x)) == x for every field type of the bundled questionnaire,
on plain items, grid cells and matrix cell fields, for values, don't know, not applicable,
comments and evidence, through the text escaping a workbook file needs."""
import datetime as _dt

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from capacity_app.catalog.loader import load_bundled
from capacity_app.domain.answers import (
    ANSWERED, DONT_KNOW, EMPTY, EVIDENCE_KINDS, NOT_APPLICABLE, TEXT_MAX, Answer, Evidence, AnswerValueError,
    check_value,
)
from capacity_app.domain.values import display_text
from capacity_app.exchange.workbook import codec
from capacity_app.exchange.workbook.codec import AnswerCells

Q = load_bundled()

# Text a workbook has trouble with: control characters, CR LF, a leading '=', whitespace only
# (Unicode whitespace too), the non-characters U+FFFE/U+FFFF, a lone surrogate, literal OOXML
# escapes and their pieces, backslashes (the evidence escape).
HARD = ["\x00", "\x01", "\x0b", "\x1f", "\r", "\n", "\r\n", "\t", " ", "\x85", "\xa0", "\u2028",
        "\u3000", "=", "+", "-", "@", "\ufffe", "\uffff", "\ud800", "_x000D_", "_x005F_", "_xFFFE_",
        "_x0100_", "_", "x", "FFFE", "\\", "\\n", ": ", "é", "中", "🙂"]
hard_text = st.lists(st.one_of(st.sampled_from(HARD), st.text(max_size=8)), max_size=12).map("".join)
some_text = st.one_of(
    hard_text,
    st.sampled_from(["=1+1", "=HYPERLINK(\"http://x\")", "\t", " ", "  \r\n ", "\r", "\ufffe\uffff",
                     "00123", "line one\r\nline two\nline three"]),
)

# what the entry points accept and a database stores: no lone surrogate (domain/celltext refuses it)
stored_text = some_text.filter(lambda s: not any("\ud800" <= ch <= "\udfff" for ch in s))


def _contexts():
    """(context, field type) -> the answer keys of every field of that type in that context
    (plain items, grid columns, matrix fields: one key per field) of the bundled questionnaire."""
    out: dict = {}
    seen = set()
    for item in Q.items():
        context = item.type if item.type in ("grid", "matrix") else "item"
        for key, fld, _ in Q.keys(item):
            if (item.id, fld.id) not in seen:
                seen.add((item.id, fld.id))
                out.setdefault((context, fld.type), []).append(key)
    return out


CONTEXTS = _contexts()


def test_every_field_type_is_covered():
    """The property below runs on each of these; the questionnaire's own types must all be here."""
    plain = {t for (c, t) in CONTEXTS if c == "item"}
    assert {"text", "integer", "decimal", "date", "select_one", "select_multiple", "year",
            "rating"} <= plain
    assert any(c == "grid" for c, _ in CONTEXTS) and any(c == "matrix" for c, _ in CONTEXTS)


def _values(fld):
    t = fld.type
    if t in ("integer", "year", "rating"):
        lo, hi = codec.limits(fld)
        return st.integers(-10**9 if lo is None else lo, 10**9 if hi is None else hi)
    if t == "decimal":
        return st.floats(fld.minimum, fld.maximum, allow_nan=False, allow_infinity=False)
    if t == "date":
        return st.dates(_dt.date(1900, 1, 1), _dt.date(2100, 12, 31)).map(_dt.date.isoformat)
    if t == "select_one":
        return st.sampled_from(fld.choice_codes)
    if t == "select_multiple":
        return st.sets(st.sampled_from(fld.choice_codes)).map(list)
    # an answered empty text cannot travel (an empty Code cell is "no value"): see codec's docstring
    return stored_text.filter(lambda s: s != "" and len(s) <= TEXT_MAX)


# the strategies of ``answers``, built once (per key where they depend on the field) rather than
# again at every example: hypothesis validates a strategy the first time it draws from it, and
# validating these, down to the character sets of their texts, took about as long as the example
COMMENTS = st.one_of(st.just(""), stored_text)
EVIDENCE = st.lists(st.tuples(st.sampled_from(EVIDENCE_KINDS), stored_text), max_size=3)


def _answer_strategies(key):
    """The statuses ``key`` can have and the values it can take."""
    fld = Q.resolve_key(key)[1]
    statuses = [ANSWERED, EMPTY] + ([DONT_KNOW] if fld.dont_know else []) + (
        [NOT_APPLICABLE] if fld.not_applicable else [])
    return fld, st.sampled_from(statuses), _values(fld)


ANSWER_STRATEGIES = {key: _answer_strategies(key) for keys in CONTEXTS.values() for key in keys}
KEYS_OF = {context: st.sampled_from(keys) for context, keys in CONTEXTS.items()}


@st.composite
def answers(draw, key):
    fld, statuses, values = ANSWER_STRATEGIES[key]
    status = draw(statuses)
    value = None
    if status == ANSWERED:
        try:
            value = check_value(fld, draw(values), key)  # as the application stores it
        except AnswerValueError:
            assume(False)
    comment = draw(COMMENTS)
    evidence = tuple(Evidence(k, t) for k, t in draw(EVIDENCE))
    return Answer(key, value, status, comment, evidence)


ANSWERS = {key: answers(key) for key in ANSWER_STRATEGIES}  # one strategy per key, validated once


def _through_file(cells: AnswerCells, numbers_as_float: bool) -> AnswerCells:
    """The cells as a reader returns them: text escaped by the writer and unescaped by the reader,
    numbers possibly as floats (calamine reads every number cell as a float)."""
    def one(v):
        if isinstance(v, str):
            return codec.unescape_text(codec.escape_text(v))
        if numbers_as_float and isinstance(v, int) and not isinstance(v, bool):
            return float(v)
        return v

    return AnswerCells(*(one(getattr(cells, n)) for n in ("code", "dont_know", "not_applicable",
                                                        "comment", "evidence")))


@pytest.mark.parametrize("context,ftype", sorted(CONTEXTS), ids=lambda v: str(v))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data(), numbers_as_float=st.booleans())
def test_decode_encode_is_identity(context, ftype, data, numbers_as_float):
    key = data.draw(KEYS_OF[(context, ftype)])
    fld = Q.resolve_key(key)[1]
    x = data.draw(ANSWERS[key])
    cells = _through_file(codec.encode_answer(fld, x), numbers_as_float)
    decoded, errors = codec.decode_answer(fld, key, cells)
    assert errors == []
    if decoded.status == ANSWERED:  # the importer then normalises exactly as the application does
        decoded = Answer(key, check_value(fld, decoded.value, key), decoded.status, decoded.comment,
                         decoded.evidence)
    assert decoded == x


@given(some_text)
@example("\ufffexFFFE\x00")  # an escape that began with the next character's escape (hypothesis found it)
@example("_xFFFE\ufffe")
@example("_x0041\x01")
def test_escaped_text_comes_back(text):
    escaped = codec.escape_text(text)
    assert not any(ch in escaped for ch in "\r\x00\x01\x0b\x1f\ufffe\uffff\ud800")
    assert escaped == "" or not set(escaped) <= set(" \t\r\n")  # XML readers drop XML whitespace
    assert codec.unescape_text(escaped) == text


def _escaped_the_long_way(text: str) -> str:
    """domain/celltext.escape_text's two passes, always run (the function skips them for a text
    they leave as it is)."""
    from capacity_app.domain import celltext

    text = celltext._protect(text)
    if text and not text.strip():
        return "".join(f"_x{ord(ch):04X}_" if ord(ch) <= 0xFF else ch for ch in text)
    return celltext._ESCAPE_RE.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


@given(st.one_of(some_text, st.text(st.characters(exclude_categories=()))))  # lone surrogates too
@example("a\ud800b")
@example("\u3000")
@example("\xa0\xa0")
@example("x_y")
def test_a_text_the_escape_leaves_as_it_is_is_seen_without_running_it(text):
    """escape_text and cell_length skip the escape for a text it leaves unchanged (most cells of an
    export); what they give is what the two passes give, and cell_length counts a lone surrogate
    as the six characters more its escape takes."""
    assert codec.escape_text(text) == _escaped_the_long_way(text)
    assert codec.cell_length(text) == len(_escaped_the_long_way(text))


@settings(max_examples=25, deadline=None)
@given(st.lists(some_text.filter(bool), min_size=1, max_size=20))
def test_a_real_workbook_reads_back_what_the_writer_escaped(tmp_path_factory, texts):
    """The writer (openpyxl, text cells escaped) and the reader (exchange/outside/reader.py) agree on every text."""
    from openpyxl import Workbook as _Writer

    from capacity_app.exchange.workbook.cells import write_text as _text
    from capacity_app.exchange.outside.reader import Workbook

    path = tmp_path_factory.mktemp("codec") / "t.xlsx"
    wb = _Writer()
    ws = wb.active
    ws.title = "T"
    for r, t in enumerate(texts, 1):
        _text(ws, r, 1, t)
    wb.save(path)
    with Workbook(path) as read:
        rows = read.rows("T")
    assert [row[0] for row in rows] == texts


def test_cell_errors_name_their_column():
    key = CONTEXTS[("item", "rating")][0]
    fld = Q.resolve_key(key)[1]
    _, errors = codec.decode_answer(fld, key, AnswerCells(code=2, dont_know="yes"))
    assert [e.column for e in errors] == ["Code"]
    _, errors = codec.decode_answer(fld, key, AnswerCells(dont_know="maybe", evidence="bad line"))
    assert [e.column for e in errors] == ["Don't know", "Evidence"]
    _, errors = codec.decode_answer(fld, key, AnswerCells(code="two"))
    assert errors[0].column == "Code" and "whole number" in errors[0].message
    assert codec.decode_answer(fld, key, AnswerCells(code=" ", dont_know="x"))[0].status == DONT_KNOW


def test_display_text_is_shared():
    """One display text: the GUI shows it plainly, the report with Babel and the rating anchors,
    the workbook's Value label with choice labels only."""
    from capacity_app.gui.widgets.editors import format_value
    from capacity_app.reports.annex import value_text as _value_text

    multi = Q.resolve_key(CONTEXTS[("item", "select_multiple")][0])[1]
    codes = list(multi.choice_codes[:2])
    labels = [display_text(multi, [c], "fr") for c in codes]
    assert format_value(multi, codes, "fr") == ", ".join(labels) == _value_text(multi, codes, "fr")
    assert codec.value_label(multi, codes, "fr") == "\u202f; ".join(labels)  # French " ; "
    rating = Q.resolve_key(CONTEXTS[("item", "rating")][0])[1]
    assert format_value(rating, 2, "en") == "2"
    if rating.anchors:
        assert _value_text(rating, 2, "en").startswith("2 – ")
        assert codec.value_label(rating, 2, "en") == _value_text(rating, 2, "en")[len("2 – "):]
    dec = Q.resolve_key(CONTEXTS[("item", "decimal")][0])[1]
    assert format_value(dec, 2.5, "en") == "2.5" and _value_text(dec, 1234.5, "en") == "1,234.5"


WHOLE = [it.id for it in Q.items() if it.type in codec.COMMENT_ONLY_ITEMS]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(WHOLE), st.one_of(st.just(""), stored_text),
       st.lists(st.tuples(st.sampled_from(EVIDENCE_KINDS), stored_text), max_size=3))
def test_comment_on_a_whole_item_round_trips(item_id, comment, evidence):
    x = Answer(item_id, None, EMPTY, comment, tuple(Evidence(k, t) for k, t in evidence))
    cells = _through_file(codec.encode_answer(None, x), numbers_as_float=False)
    assert codec.decode_answer(None, item_id, cells, comment_only=True) == (x, [])


def _row_check_the_long_way(answer) -> str:
    """The row check as docs/workbook-format.md defines it: three hashes, each made."""
    from capacity_app.exchange.workbook.format import canonical_json, sha256_text

    if answer is None:
        parts: tuple = (["empty", None], "", [])
    else:
        parts = ([answer.status, answer.value], answer.comment or "", [[e.kind, e.text] for e in answer.evidence])
    return "-".join(sha256_text(canonical_json(p))[:8] for p in parts)


@settings(max_examples=300, deadline=None)
@given(status=st.sampled_from(["answered", "dont_know", "not_applicable", "empty"]),
       value=st.one_of(st.none(), st.booleans(), st.text(), st.integers(), st.floats(allow_nan=False),
                       st.sampled_from([0, 1, 0.0, -0.0, 1.0, True, False, "1", "yes"]),
                       st.lists(st.text(max_size=5), max_size=3)),
       comment=st.one_of(st.just(""), st.text()),
       evidence=st.lists(st.tuples(st.sampled_from(["document", "url", "institution", "note"]), st.text()),
                         max_size=3))
def test_row_check_takes_no_shortcut_that_changes_it(status, value, comment, evidence):
    """row_check's hashes of "no comment" and "no evidence", made once, and of a value it has seen
    before (True, 1 and 1.0, 0.0 and -0.0 told apart), are the ones it would make."""
    from capacity_app.domain.answers import Answer, Evidence
    from capacity_app.exchange.workbook.format import row_check

    answer = Answer("k", value, status, comment, tuple(Evidence(k, t) for k, t in evidence))
    assert row_check(answer) == _row_check_the_long_way(answer)
    assert row_check(None) == _row_check_the_long_way(None)
