"""The bundle's answers.csv reads the Answers rows back from the workers' sheet XML with two
regular expressions (exchange/aggregate/bundle.py: 10 s -> 3 s for the 200 benchmark files); what
it reads is what the XML parser reads, for every text a cell can hold, and a segment in any other
spelling goes to the parser."""
from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from capacity_app.exchange.aggregate.bundle import _rows_of, _rows_parsed
from capacity_app.exchange.aggregate.xlsxstream import cell_xml

HOSTILE = ["a&b<c>d\"e'f", "", None, 0, -3, 2.5, -0.0, 1e20, 7.0, "_x0041_", "_x005F_x0041_", "\ufffe", "\uffff",
           "\ud800", "x\r\ny", "   ", "\t", "a\x01b\x1f", "_xFFFE_", "=1+2", "+33", "@SUM(A1)", "é中عر", "&amp;",
           "]]>", "&#0;", "<c/>", "</row><row>"]


def _segment(rows) -> str:
    return "".join("<row>" + "".join(cell_xml(v) for v in row) + "</row>" for row in rows)


def test_every_hostile_cell_reads_as_the_parser_reads_it():
    rows = [HOSTILE[i:] + HOSTILE[:i] for i in range(len(HOSTILE))] + [[], [None], [""]]
    xml = _segment(rows)
    fast = list(_rows_of(xml))
    assert fast == list(_rows_parsed(xml))
    assert [[type(v) for v in r] for r in fast] == [[type(v) for v in r] for r in _rows_parsed(xml)]
    assert fast[0][:4] == ["a&b<c>d\"e'f", "", "", 0] and fast[0][9] == "_x0041_" and fast[0][13] == "\ud800"
    assert math.copysign(1, fast[0][6]) == -1  # -0.0 stays negative


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), st.integers(-10**12, 10**12), st.text(max_size=30),
                                   st.floats(allow_nan=False, allow_infinity=False)), max_size=6), max_size=5))
def test_any_rows_read_as_the_parser_reads_them(rows):
    xml = _segment(rows)
    assert list(_rows_of(xml)) == list(_rows_parsed(xml))


def test_another_spelling_goes_to_the_parser():
    """A style attribute, a cell reference, a shared string type: not the workers' shape."""
    xml = '<row><c r="A1" s="2"><v>3</v></c><c t="inlineStr"><is><t>x &amp; y</t></is></c></row>'
    assert list(_rows_of(xml)) == [[3, "x & y"]]
