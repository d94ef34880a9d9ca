"""Store.text_bytes: what an assessment's user text takes in its workbook equals the
domain's measure (celltext.workbook_bytes of each cell's text) for any text: control characters,
a NUL, underscores before hex, whitespace only, XML's & < >, astral characters, U+FFFE; measured
again after any write (its revision), not after none."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capacity_app.domain.celltext import evidence_line, workbook_bytes

ALPHABET = st.sampled_from(list("aé内و🌍&<>_x0F\\ \t\n\r\x00\x01\x1f\x0b\u3000\u2028\ufffe\uffff\xa0"))
TEXTS = st.text(ALPHABET, max_size=40) | st.sampled_from(["", " ", "\u3000 ", "_x0041_", "_xFFFE_", "\n\n"])


def _expected(answers, evidence) -> int:
    total = 0
    for value, comment in answers:
        total += workbook_bytes(json.dumps(value, ensure_ascii=False, sort_keys=True))
        total += workbook_bytes(comment)
    for kind, text in evidence:
        total += workbook_bytes(evidence_line(kind, text)) + 1
    return total


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=st.lists(st.tuples(TEXTS, TEXTS), max_size=4),
       evidence=st.lists(st.tuples(st.sampled_from(["document", "url", "institution"]), TEXTS), max_size=4))
def test_text_bytes_is_the_sum_of_what_each_cell_takes(store, answers, evidence):
    a = store.create_assessment(country="KEN", m49="404", round=2026, title="t", questionnaire_id="q",
                                questionnaire_version="1")
    for i, (value, comment) in enumerate(answers):
        store.save_answer(a.id, f"k{i}", "answered", value, comment)
    for i, (kind, text) in enumerate(evidence):
        store.add_evidence(a.id, f"e{i}", kind, text)
    assert store.text_bytes(a.id) == _expected(answers, evidence)
    store.set_comment(a.id, "later", "&" * 10)  # a write the caller did not measure: measured again
    assert store.text_bytes(a.id) == _expected(answers, evidence) + 50


@settings(max_examples=40, deadline=None)
@given(text=TEXTS)
def test_workbook_bytes_is_what_the_writer_writes(tmp_path_factory, text):
    """The measure is the writer's own: a cell written as an export writes it (exchange.cells),
    its text's bytes in the sheet's XML."""
    import re
    import zipfile

    from openpyxl import Workbook

    from capacity_app.exchange.workbook.cells import write_text

    if not text:
        return
    wb = Workbook()
    write_text(wb.active, 1, 1, text)
    path = tmp_path_factory.mktemp("cell") / "cell.xlsx"
    wb.save(path)
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    m = re.search(rb"<t(?: [^>]*)?>(.*?)</t>", xml, re.S)
    assert m is not None, xml[-300:]
    assert len(m.group(1)) == workbook_bytes(text)
