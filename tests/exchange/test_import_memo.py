"""The answers a row holding only a Code gives are decoded once per key and value in a process
(an aggregation's files answer the same codes again and again): reading with the memo
gives exactly what reading without it gives, a value that is a list is never shared, and a wrong
value is refused every time."""
from capacity_app.exchange.workbook import importer
from capacity_app.services.exchange import read_workbook


def _summary(plan):
    return sorted((a.key, repr(a.value), a.status, a.comment, a.evidence) for a in plan.answers), \
        plan.checksum_actual, plan.row_checks


def test_the_memo_reads_what_decoding_reads(rich, qn, monkeypatch):
    path = rich[2]
    monkeypatch.setattr(importer, "_DECODED", {})
    cold = read_workbook(path, qn)  # the memo filled
    memo = importer._DECODED[(qn.id, qn.version, qn.content_hash)]
    assert memo and all(a.value.__class__ is not list for a in memo.values())
    warm = read_workbook(path, qn)  # read from it
    assert _summary(warm) == _summary(cold) and warm.checksum_ok
    lists = [a for a in warm.answers if isinstance(a.value, list)]
    assert lists and all(a.value is not b.value for a in lists for b in cold.answers if a.key == b.key)


def test_a_value_refused_is_refused_with_the_memo(qn, monkeypatch):
    """A wrong Code is never memorised: refused on every row, every time."""
    from capacity_app.exchange.workbook.format import ANSWERS_COLUMNS

    monkeypatch.setattr(importer, "_DECODED", {})
    key = next(k for k, fld, _row in qn.all_keys() if fld.type == "year")
    header = list(ANSWERS_COLUMNS)
    c_key, c_code = header.index("Answer key"), header.index("Code")

    def rows(code):
        row = [""] * len(header)
        row[c_key], row[c_code] = key, code
        return [header, row]

    for code in (2020.0, "not a year", 2020.0, "not a year"):
        problems = importer._Problems("x")
        plan = importer._read_answers(rows(code), qn, None, problems, None, "")[0]
        assert (problems.items == []) == (code == 2020.0), code
        assert [a.value for a in plan] == ([2020] if code == 2020.0 else [])
