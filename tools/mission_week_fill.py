"""The rest of a day's typing in the mission-week walk (tools/mission_week_xvfb.sh): the demo's
answers of the sections named, written one by one through the services as the named officer
(each a transaction and a history row, as `capacity-app set` writes them), or one comment.

    .venv/bin/python tools/mission_week_fill.py DB "Officer Wanjiru" sections=S2,S3
    .venv/bin/python tools/mission_week_fill.py DB "Officer Otieno" "comment=s2_policy:text"
    .venv/bin/python tools/mission_week_fill.py DB "Officer Wanjiru" reviews=all-but-S12
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from capacity_app.catalog.loader import load_bundled
from capacity_app.services.assessments import open_store, record_answer, set_comment
from capacity_app.services.base import ServiceError
from capacity_app.services.demo import demo_answers
from capacity_app.services.team.reviews import validate_section


def main(db: str, operator: str, what: str) -> None:
    q = load_bundled()
    with open_store(db, operator=operator) as store:
        a = store.assessments()[0]
        kind, _, arg = what.partition("=")
        if kind == "sections":
            wanted, kept, n = set(arg.split(",")), store.answers(a.id), 0
            for x in demo_answers(q):
                if x.key not in kept and x.key.split("_")[0].upper() in wanted:
                    try:
                        record_answer(store, q, a.id, x.key, x.value, status=x.status)
                        n += 1
                    except ServiceError:  # not relevant after an earlier answer
                        pass
            print(f"{n} answers by {operator}")
        elif kind == "comment":
            key, text = arg.split(":", 1)
            set_comment(store, q, a.id, key, text)
        elif kind == "reviews":
            skip = arg.removeprefix("all-but-").split(",") if arg.startswith("all-but-") else []
            for section in q.sections:
                if section.id not in skip:
                    validate_section(store, q, a.id, section.id)
        else:
            raise SystemExit(f"unknown step {what!r}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
