"""The documents' commands: `attach` prints the document's SHA-256, `documents` lists
them (--json), `detach` removes one; every refusal one line, exit 2, nothing written."""
from __future__ import annotations

import hashlib
import json

LAW = b"%PDF-1.4\n% statistics law\n%%EOF\n"


def test_attach_list_detach(cli_run, tmp_path):
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    law = tmp_path / "Statistics law.pdf"
    law.write_bytes(LAW)
    sha = hashlib.sha256(LAW).hexdigest()
    r = cli_run("attach", aid, "s2_need_a", law)
    assert r.exit_code == 0 and r.output.split()[0] == sha, r.output
    assert "attached to s2_need_a" in r.output
    r = cli_run("attach", aid, "s3_matrix.A.CEN", law, "--json")
    assert json.loads(r.output)["target"] == "s3_matrix.A.CEN"
    rows = json.loads(cli_run("documents", aid, "--json").output)
    assert [(x["target"], x["name"], x["sha256"], x["size"], x["media_type"]) for x in rows] == [
        ("s2_need_a", "Statistics law.pdf", sha, len(LAW), "application/pdf"),
        ("s3_matrix.A.CEN", "Statistics law.pdf", sha, len(LAW), "application/pdf")]
    text = cli_run("documents", aid).output
    assert text.count(sha) == 2 and "Statistics law.pdf" in text
    r = cli_run("detach", aid, rows[0]["id"])
    assert r.exit_code == 0 and "detached Statistics law.pdf" in r.output
    assert len(json.loads(cli_run("documents", aid, "--json").output)) == 1
    cli_run("detach", aid, sha[:12])
    assert "no documents attached" in cli_run("documents", aid).output


def test_refusals_are_one_line_exit_2(cli_run, tmp_path, fill_to_validate):
    from capacity_app.services.assessments import open_store

    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    with open_store(cli_run.db) as store:
        fill_to_validate(store, int(aid))
    law = tmp_path / "law.pdf"
    law.write_bytes(LAW)
    exe = tmp_path / "setup.exe"
    exe.write_bytes(b"MZ")
    cli_run("attach", aid, "s2_need_a", law)
    cli_run("signoff", "1", "--name", "A. Mensah", "--position", "Director-General", "--institution", "KNBS",
            "--date", "2026-06-12")
    cli_run("new", "--country", "KEN", "--round", "2027")
    for args, fragment in [
        (("attach", "2", "nope", law), "nope: unknown item id"),
        (("attach", "2", "s2_need_a", exe), ".exe files cannot be attached"),
        (("attach", "2", "s2_need_a", tmp_path / "missing.pdf"), "no such file"),
        (("attach", "2", "action:nope", law), "has no such action"),
        (("attach", aid, "s2_need_b", law), "is final: reopen it"),
        (("detach", aid, "1"), "is final: reopen it"),
        (("detach", "2", "7"), "has no attachment 7"),
        (("documents", "42"), "no assessment with id 42"),
        (("export", aid), "give --xlsx FILE.xlsx, --package FILE.zip or --xlsform FILE.xlsx"),
        (("export", aid, "--xlsx", tmp_path / "a.xlsx", "--package", tmp_path / "a.zip"), "one of them"),
        (("export", aid, "--package", tmp_path / "a.pdf"), "an assessment package is a .zip file"),
    ]:
        r = cli_run(*args)
        assert r.exit_code == 2, (args, r.output)
        lines = [ln for ln in r.output.splitlines() if ln.strip()]
        assert len(lines) == 1 and fragment in lines[0], (args, r.output)
    assert len(json.loads(cli_run("documents", aid, "--json").output)) == 1
    assert json.loads(cli_run("documents", "2", "--json").output) == []
