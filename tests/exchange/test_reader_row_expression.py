"""The plain reading's row expression (``reader._fast_rows``) keeps each optional cell and attribute
in an atomic group, which never gives back what it matched: the expression must match exactly what
it matches with those groups made ordinary (backtracking) groups, with the same groups, on the
exporter's rows and on rows damaged anywhere. Python 3.11.2's possessive quantifier did not (a
failed possessive group moved past what it had tried), so the engine's atomic groups are held to it
here, on the Python that runs the suite."""
from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capacity_app.exchange.outside import reader
from test_reader import _ANSWERS_SKIP, exporter_sheet

_SKIPS = [_ANSWERS_SKIP, frozenset({1}), frozenset(range(18)), frozenset({0, 2})]
_PIECES = ["<", ">", "&", " ", "\t", "\r", "x", "/", '"', "=", "</c>", "<v>1</v>", "<v></v>", "</row>",
           '<row r="9">', ' t="e"', ' t="n"', ' t="inlineStr"', ' s="1"', ' s="', ' s="12345678901"',
           ' xml:space="preserve"', "<is><t>x</t></is>", "<c/>", '<c r="A2"/>', "/>", "></c>", "\x01"]


def _backtracking(pattern: str):
    """The same expression with its atomic groups as ordinary ones: what it must match."""
    assert "(?>" in pattern
    return re.compile(pattern.replace("(?>", "(?:")).match


def _same_at_each_row(doc: str, skip: frozenset[int], width: int) -> int:
    fast, _ = reader._fast_rows(skip, width)
    slow = _backtracking(fast.__self__.pattern)
    compared = 0
    at = doc.find("<row")
    while at >= 0:
        a, b = fast(doc, at, len(doc)), slow(doc, at, len(doc))
        assert (a and (a.end(), a.groups())) == (b and (b.end(), b.groups())), doc[at:at + 400]
        compared += 1
        at = doc.find("<row", at + 4)
    return compared


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 2 ** 30), st.lists(st.tuples(st.integers(0, 10 ** 6), st.sampled_from(_PIECES)), max_size=4),
       st.sampled_from(_SKIPS), st.sampled_from([4, 9, 13, 16]))
def test_the_atomic_row_expression_matches_as_the_backtracking_one(seed, edits, skip, width):
    doc = exporter_sheet(random.Random(seed), []).decode("utf-8")
    for at, piece in edits:
        at %= len(doc) + 1
        doc = doc[:at] + piece + doc[at:]
    _same_at_each_row(doc, skip, width)


@pytest.mark.parametrize("cell", [
    '<c r="E2" s=" t="inlineStr"><is><t>x</t></is></c>',    # taken for a cell by 3.11.2's possessive ?+
    '<c r="E2" s="1" t="inlineStr" xml:space="preserve"><is><t>x</t></is></c>',
    '<c r="E2" t="n" s="1"><v>1</v></c>',
    '<c r="E2" s="1"><v>1</v><v>2</v></c>',
])
def test_a_cell_out_of_the_exporters_shape_is_not_taken_for_one(cell):
    """A cell the expression must not read (the row is then read token by token, or refused)."""
    row = f'<row r="2"><c r="A2" s="8" t="inlineStr"><is><t>S3</t></is></c>{cell}<c r="F2" s="8"/></row>'
    fast, _ = reader._fast_rows(frozenset({1}), 16)
    assert _same_at_each_row(row, frozenset({1}), 16) == 1
    m = fast(row)
    assert m is None or cell not in m.groups()
