"""A reply's comment over the limit is refused naming the file and its cell, as every other
refusal of a reply ('s1_…: the comment is longer than 20000 characters', no file, no cell)."""
from __future__ import annotations

from click.testing import CliRunner


def test_a_comment_over_the_limit_names_its_cell(tmp_path):
    import openpyxl

    from capacity_app.cli import main
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo

    db = tmp_path / "capacity.sqlite3"
    with open_store(db) as store:
        aid = create_demo(store).id
    form = tmp_path / "central_bank.xlsx"
    res = CliRunner().invoke(main, ["--db", str(db), "export", str(aid), "--institution", "central_bank",
                                    "--xlsx", str(form)])
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(form)
    ws = wb["Questions"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value and ws.cell(r, 5).value is not None)
    ws.cell(row, 7).value = "x" * 32_000
    reply = tmp_path / "reply.xlsx"
    wb.save(reply)
    res = CliRunner().invoke(main, ["--db", str(db), "import", str(reply)])
    line = res.output.strip()
    assert res.exit_code == 2 and "\n" not in line
    assert f"reply.xlsx: Questions!G{row}: the comment is longer than 20000 characters (32000)" in line, line
