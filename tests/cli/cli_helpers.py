"""What the action-plan command-line tests share: the plan as ``actions ID --json`` prints it, and
a refusal's one line."""
import json


def plan_json(cli_run, aid):
    """The plan of assessment ``aid`` as ``actions ID --json`` prints it."""
    r = cli_run("actions", aid, "--json")
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def refused(r, *words):
    """``r`` refused in one line (exit 2, no traceback) holding each of ``words``."""
    assert r.exit_code == 2, r.output
    line = r.output.strip()
    assert "\n" not in line and "Traceback" not in line, line
    for w in words:
        assert w in line, line


def dump(db) -> str:
    """The database's whole content as SQL text, to compare before and after a refused command."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()
