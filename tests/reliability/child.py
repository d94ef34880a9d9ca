"""Child process driven (and killed) by the reliability scenarios in ``scenarios.py``.

Usage: python child.py MODE JSON_ARGS

Every line printed is flushed at once, and an ``ACK`` line is printed only after the service call
that committed the change has returned, exactly like the GUI showing "saved".

Modes
  write    record answers, comments and evidence through capacity_app.services.assessments
           (the service the GUI uses) until killed or ``count`` operations are done
  backup   take backups with Store.backup() (VACUUM INTO + rename) in a loop
  migrate  register an extra, slow schema step (this process only) and open the database, which
           takes a pre-migration backup and migrates
  open     open the database for writing, print READY and wait for a line on stdin (a second
           instance test); a refusal prints REFUSED <message> and exits 3
"""
from __future__ import annotations

import json
import sys
import threading
import time


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def text_keys(q) -> list[str]:
    """Free-text answer keys without a constraint: any string is a valid value."""
    return sorted(k for k, fld, _ in q.all_keys() if fld.type == "text" and not fld.constraint)


def mode_write(args: dict) -> int:
    import random

    from capacity_app.services.assessments import (
        ServiceError, add_evidence, open_store, questionnaire_for, record_answer,
    )
    from capacity_app.storage.db import StoreLockedError

    q = questionnaire_for()
    keys = text_keys(q)
    rng = random.Random(args.get("seed", 0))
    try:
        store = open_store(args["db"])
    except StoreLockedError as exc:
        say("REFUSED", json.dumps(str(exc)))
        return 3
    say("READY")
    aid = int(args["aid"])
    run = int(args["run"])
    count = int(args.get("count", 0))
    stop = threading.Event()
    if args.get("until_stdin"):
        threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
    i = 0
    while (not count or i < count) and not stop.is_set():
        key = rng.choice(keys)
        tag = f"{run:05d}-{i:07d}"
        op = i % 9
        try:
            if op == 7:
                text = f"e{tag} report {'x' * rng.randint(1, 300)}"
                add_evidence(store, q, aid, key, "document", text)
                say("ACK", json.dumps({"op": "evidence", "key": key, "text": text}))
            elif op == 4:
                value = f"v{tag}"
                comment = f"c{tag} " + "y" * rng.randint(1, 2000)
                record_answer(store, q, aid, key, value, comment=comment)
                say("ACK", json.dumps({"op": "value", "key": key, "value": value, "comment": comment}))
            else:
                value = f"v{tag} " + "z" * rng.randint(1, 500)
                record_answer(store, q, aid, key, value)
                say("ACK", json.dumps({"op": "value", "key": key, "value": value}))
        except ServiceError as exc:
            say("ERROR", json.dumps(str(exc)))
            return 4
        i += 1
    store.close()
    say("DONE")
    return 0


def mode_backup(args: dict) -> int:
    from capacity_app.services.assessments import open_store

    store = open_store(args["db"], daily_backup=False)
    say("READY")
    while True:
        path = store.backup("manual")
        say("DONE", json.dumps(str(path)))


def register_probe_migration() -> None:
    """A slow extra schema step: a new column filled for every answer and a new table holding a
    copy of the history. Registered in this process only."""
    from capacity_app.storage.schema import MIGRATIONS

    @MIGRATIONS(name="m900_reliability_probe")
    def m900_reliability_probe(db):
        # a row-by-row step slow enough (about 0.1 ms a row) for kills to land inside it
        db.conn.create_function("probe_slow", 1, lambda x: (time.sleep(0.0001), x)[1])
        db.execute("ALTER TABLE answers ADD COLUMN probe TEXT")
        db.execute("UPDATE answers SET probe = probe_slow(key || '!' || coalesce(value, ''))")
        db.execute("CREATE TABLE probe_copy (id INTEGER PRIMARY KEY, assessment_id INTEGER, key TEXT,"
                   " payload TEXT)")
        for n in range(6):
            db.execute("INSERT INTO probe_copy(assessment_id, key, payload) "
                       "SELECT assessment_id, key, ? || coalesce(new, '') FROM history", [str(n)])


def mode_migrate(args: dict) -> int:
    register_probe_migration()
    from capacity_app.services.assessments import open_store

    say("START")
    t0 = time.perf_counter()
    store = open_store(args["db"], daily_backup=False)
    say("MIGRATED", json.dumps(time.perf_counter() - t0))
    store.close()
    return 0


def mode_open(args: dict) -> int:
    from capacity_app.services.assessments import open_store
    from capacity_app.storage.db import StoreLockedError

    try:
        store = open_store(args["db"], daily_backup=False)
    except StoreLockedError as exc:
        say("REFUSED", json.dumps(str(exc)))
        return 3
    say("READY")
    sys.stdin.readline()
    store.close()
    say("CLOSED")
    return 0


def mode_export(args: dict) -> int:
    """Export the same workbook again and again to one target path."""
    from capacity_app.services.assessments import open_store
    from capacity_app.services.exchange import export_workbook

    store = open_store(args["db"], readonly=True)
    say("READY")
    while True:
        export_workbook(store, int(args["aid"]), args["out"])
        say("DONE")


def mode_import(args: dict) -> int:
    """Read and apply one workbook (the GUI's import: plan, then one transaction)."""
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.exchange import apply_import, read_workbook

    q = questionnaire_for()
    store = open_store(args["db"], daily_backup=False)
    say("START")
    plan = read_workbook(args["xlsx"], q)
    say("READ")
    apply_import(store, plan)
    say("APPLIED")
    store.close()
    return 0


def main() -> int:
    mode = sys.argv[1]
    args = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    return {"write": mode_write, "backup": mode_backup, "migrate": mode_migrate,
            "open": mode_open, "export": mode_export, "import": mode_import}[mode](args)


if __name__ == "__main__":
    sys.exit(main())
