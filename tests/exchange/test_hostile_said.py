"""Every refusal of a damaged or hostile workbook, as the command line and the window say it in
another language: the importer fuzzing's own families of files (tests/reliability/hostile_files.py:
XML attacks, zip bombs, spreadsheet shapes, truncations, byte and XML mutations) made from a real
export, each refusal said in French from its entries with no run of three English words left.
Before, a third of them kept a reason in English: the reader's own findings ("an element 'x' inside
a cell"), an old .xls or a password-protected file, and the XML parser's and zipfile's reasons."""
from __future__ import annotations

import sys
from pathlib import Path


from capacity_app.domain.retold import retold
from capacity_app.exchange.workbook.importer import WorkbookError
from capacity_app.services.exchange import read_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))
import hostile_files as H

from test_refusals_said import _english_left


def _cases(base: bytes):
    yield from H.xml_attacks(base)
    yield from H.zip_bombs(base, big_mb=3)
    yield from H.shapes(base)
    yield from H.truncations(base, step=max(1, len(base) // 25))
    yield from H.mutations(base, 30)


# a stored export (the same bytes every run, so the same mutations: an export made by the run differs
# in its time stamps, and its mutations with them)
BASE = Path(__file__).resolve().parent / "fixtures" / "workbook-f2-labels-es-q1.2.1.xlsx"


def test_every_hostile_workbooks_refusal_is_said_in_french(qn, tmp_path):
    left, refused = [], 0
    for i, (_category, name, data) in enumerate(_cases(BASE.read_bytes())):
        path = tmp_path / f"case{i}.xlsx"
        path.write_bytes(data)
        try:
            read_workbook(path, qn)
            continue
        except WorkbookError as exc:
            message = str(exc)
        refused += 1
        said = retold(message, "fr")
        # zlib's own detail ("invalid distance too far back") is carried as the library gives it
        english = message[len(str(path)):].split(" while decompressing data: ")[0]
        if said == message or _english_left(english, said):
            left.append(f"{name}: {said[len(str(path)):]}")
        path.unlink()
    assert refused > 50
    assert left == [], "\n".join(left)
