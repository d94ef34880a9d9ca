"""The donors' doors attacked: ``actions request ID --donors FILE`` (the risk matrix, the indicators'
details and the procurement plan from JSON) and ``actions donor-workbook --out``. Every valid
spelling is taken (a byte-order mark, CRLF, NFD, right-to-left text); every hostile file (null, a
list, JSON nested 10,000 deep, NaN, an amount of 10^400, a cost line of 5,000 digits, a million
entries, 9 MB, a FIFO, /dev/zero) is refused in one line in the user's language, exit 2, no
traceback, the database unchanged (its dump compared), and nothing hangs; the output never
replaces the database; a process killed while it writes leaves the record whole or as it was."""
from __future__ import annotations

import json
import os
import signal
import time

import pytest
from cli_child import cli_child
from cli_helpers import dump, plan_json, refused
from test_actions_donors import _ids, _record, _setup


@pytest.fixture
def donors(cli_run, tmp_path):
    """(cli_run, assessment id, action id, indicator id, a file to write)."""
    aid = _setup(cli_run)
    action, indicator = _ids(cli_run, aid)
    return cli_run, aid, action, indicator, tmp_path / "donors.json"


def _refused_unchanged(run, aid, path, *words):
    before = dump(run.db)
    r = run("actions", "request", aid, "--donors", str(path))
    refused(r, *words)
    assert dump(run.db) == before


def test_every_valid_spelling_is_taken(donors):
    run, aid, action, indicator, f = donors
    record = _record(action, indicator)
    record["risks"][1]["owner"] = "وزارة التخطيط \u2067الوطنية\u2069"   # right-to-left, isolated
    record["risks"][1]["risk"] = "Re\u0301seau de collecte"             # NFD: kept as typed
    f.write_bytes(b"\xef\xbb\xbf" + json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\r\n").encode())
    r = run("actions", "request", aid, "--donors", str(f), "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["risks"] == record["risks"]


@pytest.mark.parametrize("content, words", [
    ("null", "does not hold a funding request's record"),                 # before: taken as no file at all
    ("[]", "does not hold a funding request's record"),
    ('"risks"', "does not hold a funding request's record"),
    ("[" * 10_000 + "]" * 10_000, "nested too deep"),                      # before: RecursionError, exit 1
    ('{"risks": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deep"),
    ("", "not a JSON file"),
    ("\x00\x01", "not a JSON file"),
    (b"\xff\xfe{}", "not a JSON file"),
])
def test_a_file_of_the_wrong_shape_is_refused(donors, content, words):
    run, aid, _action, _indicator, f = donors
    f.write_bytes(content if isinstance(content, bytes) else content.encode())
    _refused_unchanged(run, aid, f, words)


def test_hostile_values_are_refused_in_one_line(donors):
    run, aid, action, indicator, f = donors
    good = _record(action, indicator)
    package = good["procurement"][0]
    detail = json.dumps({"indicators": [{**good["indicators"][0], "dli_amount": "AMOUNT"}]})
    cases = [
        (detail.replace('"AMOUNT"', "NaN"), "not a JSON file"),
        (detail.replace('"AMOUNT"', "1e400"), "is not an amount above zero"),
        (json.dumps({"procurement": [{**package, "amount": "1" + "0" * 400}]}), "is not an amount above zero"),
        (json.dumps({"procurement": [{**package, "line": "1" * 5000}]}), "is not a line number"),   # before: exit 1
        (json.dumps({"procurement": [{**package, "line": "\u00b2"}]}), "is not a line number"),     # before: exit 1
        (json.dumps({"procurement": [{**package, "line": True}]}), "is not a line number"),
        (json.dumps({"procurement": [{**package, "start": "\u0662\u0660\u0662\u0667-01-15"}]}), "is not a date"),
        (json.dumps({"procurement": [{**package, "start": "2999-01-01", "end": "2999-12-31"}]}),
         "outside the plan's years"),                                                                 # the clock moved
        (json.dumps({"risks": [{**good["risks"][0], "risk": "a\x1bb"}]}), "control character"),
        (json.dumps({"risks": [{**good["risks"][0], "owner": "x" * 100_000}]}), "risk 1"),
        (json.dumps({"risks": [{}] * 1_000_000}), "at most 50 risks"),                 # 4 MB: counted first
        (json.dumps({"indicators": [good["indicators"][0]] * 1_000}), "at most 300 indicators"),
        (json.dumps({"procurement": [package] * 1_000}), "at most 200 packages"),
    ]
    for content, words in cases:
        f.write_text(content, encoding="utf-8")
        _refused_unchanged(run, aid, f, words)


def test_a_file_too_large_a_fifo_or_a_device_is_never_read(donors, tmp_path):
    run, aid, _action, _indicator, f = donors
    with open(f, "wb") as fh:            # 9 MB: before, read whole and parsed
        fh.write(b'{"risks": [' + b'{"risk": "r"},' * (9 * 1024 * 1024 // 14) + b'{}]}')
    started = time.monotonic()
    _refused_unchanged(run, aid, f, "larger than 8 MB")
    fifo = tmp_path / "donors.fifo"
    os.mkfifo(fifo)                      # before: hung, waiting for a writer
    _refused_unchanged(run, aid, fifo, "not a regular file")
    _refused_unchanged(run, aid, "/dev/zero", "not a regular file")   # before: read until memory ran out
    _refused_unchanged(run, aid, tmp_path, "not a regular file")
    _refused_unchanged(run, aid, tmp_path / "missing.json", "not a JSON file")
    assert time.monotonic() - started < 10


def test_the_same_file_twice_changes_nothing_the_second_time(donors):
    run, aid, action, indicator, f = donors
    f.write_text(json.dumps(_record(action, indicator)), encoding="utf-8")
    assert run("actions", "request", aid, "--donors", str(f)).exit_code == 0
    before = dump(run.db)
    assert run("actions", "request", aid, "--donors", str(f)).exit_code == 0
    assert dump(run.db) == before


def test_who_commits_and_a_bad_file_are_written_together_or_not_at_all(donors):
    """Before: --committed-by was written, then the file refused: half the command's change kept."""
    run, aid, action, indicator, f = donors
    bad = _record(action, indicator)
    bad["risks"][0]["likelihood"] = "certain"
    f.write_text(json.dumps(bad), encoding="utf-8")
    before = dump(run.db)
    refused(run("actions", "request", aid, "--committed-by", "Ministry of Finance", "--signatory",
                "government; A. Diallo; Minister", "--donors", str(f)), "the likelihood must be one of")
    assert dump(run.db) == before
    f.write_text(json.dumps(_record(action, indicator)), encoding="utf-8")
    r = run("actions", "request", aid, "--committed-by", "Ministry of Finance", "--donors", str(f), "--json")
    assert r.exit_code == 0, r.output
    shown = json.loads(r.output)
    assert shown["committed_by"] == "Ministry of Finance" and len(shown["risks"]) == 2


def test_the_refusals_are_said_in_french_and_russian(donors, monkeypatch, tmp_path):
    run, aid, _action, _indicator, f = donors
    fifo = tmp_path / "p.fifo"
    os.mkfifo(fifo)
    f.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")
    _refused_unchanged(run, aid, f, "imbriqué trop profondément")
    _refused_unchanged(run, aid, fifo, "ce n'est pas un fichier ordinaire")
    monkeypatch.setenv("CAPACITY_APP_LANG", "ru")
    _refused_unchanged(run, aid, f, "вложенность слишком глубока")
    f.write_text(json.dumps({"risks": [{}] * 51}), encoding="utf-8")
    _refused_unchanged(run, aid, f, "не более 50 рисков")


def test_the_donor_workbook_never_replaces_the_database(donors, tmp_path):
    """Before: ``--out`` naming the database replaced it with the workbook (every later command:
    'the database is damaged')."""
    run, aid, *_ = donors
    before = run.db.read_bytes()
    link = tmp_path / "link.xlsx"
    link.symlink_to(run.db)
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    for out, words in ((run.db, "is the database"), (str(run.db) + "-wal", "-wal file"),
                       (link, "is the database"), (fifo, "FIFO"), ("/dev/null", "is a device")):
        refused(run("actions", "donor-workbook", aid, "--partner", "European Union", "--out", out), words)
    assert run.db.read_bytes() == before and plan_json(run, aid)["actions"]


def _child(db, *args, limit=0, env=None):
    return cli_child(db, *args, limit=limit, env=env)


def test_killed_mid_write_or_under_a_memory_limit_the_record_is_whole_or_as_it_was(donors):
    run, aid, action, indicator, f = donors
    f.write_text(json.dumps(_record(action, indicator)), encoding="utf-8")
    before = dump(run.db)
    after = None
    for delay in (0.05, 0.3, 0.6, 0.9):
        p = _child(run.db, "actions", "request", aid, "--donors", f)
        time.sleep(delay)
        os.kill(p.pid, signal.SIGKILL)
        p.communicate(timeout=30)
        now = dump(run.db)
        assert now == before or ("Records withheld" in now or "HYPERLINK" in now), delay
        if now != before:
            after = after or now
            assert now == after
    # a huge file under 1 GiB of address space: refused in one line, never a MemoryError
    with open(f, "wb") as fh:
        fh.write(b'{"risks": [' + b'{"risk": "r"},' * (100 * 1024 * 1024 // 14) + b"{}]}")
    p = _child(run.db, "actions", "request", aid, "--donors", f, limit=1 << 30)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 2 and "larger than 8 MB" in err and "Traceback" not in err, err
    f.unlink()
