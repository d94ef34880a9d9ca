"""The YAML files' compiled trees (catalog/yamlfile.py, tools/compile_yaml.py): a file whose bytes
have a compiled tree is read from it, and that tree is the parse's, node for node and line for
line; anything else about a compiled tree (missing, damaged, another version, another file's
bytes) leaves the file to the parse, which refuses what it always refused."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from capacity_app.catalog import yamlfile
from capacity_app.catalog.yamlfile import LineDict, LineList, LoadError, compile_file

REPO = Path(__file__).resolve().parents[2]
SHIPPED = sorted(p for top in ("assessments", "resources") for p in (REPO / top).rglob("*.yaml")
                 if "compiled" not in p.parts)


def _same(a, b, where="") -> None:
    """The two trees equal with the same types, and every mapping and list on the same line of the
    same file."""
    assert type(a) is type(b), where
    if isinstance(a, LineDict):
        assert (a.line, a.file) == (b.line, b.file), where
        assert list(a) == list(b), where  # the keys, in order, of the same types
        assert [type(k) for k in a] == [type(k) for k in b], where
        for k in a:
            _same(a[k], b[k], f"{where}/{k}")
    elif isinstance(a, LineList):
        assert (a.line, a.file, len(a)) == (b.line, b.file, len(b)), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{where}[{i}]")
    else:
        assert a == b, where


@pytest.fixture()
def compiled(tmp_path, monkeypatch):
    """A folder of compiled trees this test's reads look in, and nothing read before remembered."""
    folder = tmp_path / "compiled"
    folder.mkdir()
    monkeypatch.setattr(yamlfile, "_compiled_folder", [folder])
    monkeypatch.setattr(yamlfile, "_PARSED", {})
    return folder


def _read(path: Path) -> tuple[object, list[LoadError]]:
    errors: list[LoadError] = []
    return yamlfile._read_yaml(path, "shown.yaml", errors), errors


def _not_parsed(monkeypatch) -> None:
    def refuse(*_a, **_k):
        raise AssertionError("parsed although its compiled tree was there")

    monkeypatch.setattr(yamlfile, "_parse", refuse)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(REPO)))
def test_every_shipped_file_reads_from_its_compiled_tree_as_it_parses(path, compiled, monkeypatch):
    parsed = yamlfile._parse(path.read_text(encoding="utf-8"), "shown.yaml", [])
    assert compile_file(path, compiled) is not None, "a shipped file that is parsed at each read"
    _not_parsed(monkeypatch)
    got, errors = _read(path)
    assert errors == []
    _same(got, parsed)


def test_the_trees_make_wrote_are_the_files_as_they_are_now(monkeypatch):
    """resources/compiled as `make` left it: any tree there of a shipped file's bytes is that
    file's parse (a tree made by an older encoder would be found here)."""
    import hashlib

    folder = yamlfile.compiled_dir()
    if not folder.is_dir():
        pytest.skip("no compiled trees (make was not run): every file is parsed")
    checked = 0
    for path in SHIPPED:
        raw = path.read_bytes()
        if (folder / f"{hashlib.sha256(raw).hexdigest()}.json").exists():
            _same(yamlfile._compiled_tree(raw, "shown.yaml"), yamlfile._parse(raw.decode("utf-8"), "shown.yaml", []))
            checked += 1
    assert checked, "compiled trees, but none of the shipped files' bytes"


SAMPLE = """\
title: Une enquête
when: 2026-05-15
scale:
  anchors: {0: none, 1: some, 3: full}
items:
  - id: a
    ratio: 0.5
    done: yes
    none: ~
  - [1, 2, {"\\0": NUL key}]
"""


def test_numbers_as_keys_dates_and_nested_lists_come_back_as_they_were(tmp_path, compiled, monkeypatch):
    src = tmp_path / "sample.yaml"
    src.write_text(SAMPLE, encoding="utf-8")
    parsed = yamlfile._parse(SAMPLE, "shown.yaml", [])
    assert parsed["when"] == dt.date(2026, 5, 15) and list(parsed["scale"]["anchors"]) == [0, 1, 3]
    assert compile_file(src, compiled) is not None
    _not_parsed(monkeypatch)
    _same(_read(src)[0], parsed)


def test_an_edited_file_is_parsed_not_read_from_the_tree_of_its_old_bytes(tmp_path, compiled):
    src = tmp_path / "sample.yaml"
    src.write_text(SAMPLE, encoding="utf-8")
    compile_file(src, compiled)
    src.write_text(SAMPLE.replace("Une enquête", "Une autre"), encoding="utf-8")
    assert _read(src)[0]["title"] == "Une autre"


@pytest.mark.parametrize("damage", [
    b"", b"{", b"[]", b"{}", b"null", b'{"\\u0000":0,"v":2,"tree":{"\\u0000":1}}',
    b'{"\\u0000":0,"v":1,"tree":{"\\u0000":1,"a":1,"a":2}}', b'{"\\u0000":0,"v":1,"tree":{"\\u0002":"not a date"}}',
    b'{"\\u0000":0,"v":1,"tree":{"\\u0003":1,"p":[[1.5,2]]}}', b'{"\\u0000":0,"v":1,"tree":{"\\u0003":1,"p":[{}]}}',
    b'{"\\u0000":0,"v":1,"tree":{"\\u0001":"x","s":[]}}', b'{"\\u0000":0,"v":1,"tree":{"\\u0000":Infinity}}',
    b'{"\\u0000":0,"v":1,"tree":{"\\u0001":-Infinity,"s":[]}}', b'{"\\u0000":NaN,"v":1,"tree":null}',
    b'{"\\u0000":0,"v":1,"tree":{"\\u0000":1.5}}', b"[" * 200_000 + b"]" * 200_000, b"\xff\xfe",
], ids=["empty", "cut", "a list", "no mark", "null", "another version", "a key twice", "a bad date",
        "a float key", "a pair not a pair", "a line not a number", "a line infinite", "a list's line infinite",
        "the top's line not a number", "a line a fraction", "nested too deep", "not UTF-8"])
def test_a_damaged_compiled_tree_leaves_the_file_to_the_parse(tmp_path, compiled, damage):
    src = tmp_path / "sample.yaml"
    src.write_text(SAMPLE, encoding="utf-8")
    name = compile_file(src, compiled)
    (compiled / name).write_bytes(damage)
    got, errors = _read(src)
    assert errors == []
    _same(got, yamlfile._parse(SAMPLE, "shown.yaml", []))


def test_a_compiled_tree_larger_than_its_bound_is_not_read(tmp_path, compiled, monkeypatch):
    src = tmp_path / "sample.yaml"
    src.write_text(SAMPLE, encoding="utf-8")
    compile_file(src, compiled)
    monkeypatch.setattr(yamlfile, "MAX_COMPILED_BYTES", 10)
    _not_parsed_calls = []
    parse = yamlfile._parse
    monkeypatch.setattr(yamlfile, "_parse", lambda *a: _not_parsed_calls.append(1) or parse(*a))
    assert _read(src)[0]["title"] == "Une enquête" and _not_parsed_calls == [1]


@pytest.mark.parametrize("text, why", [
    ("a: 1\na: 2\n", "duplicate key"),
    ("a: &x 1\nb: *x\n", "anchors and aliases"),
    ("a: [1, 2\n", "yaml"),
    ("", "empty"),
    ("at: 2026-05-15 10:00:00\n", "a time stamp JSON does not keep"),
    ("raw: !!binary aGk=\n", "binary data"),
    ("big: 0x" + "f" * 4000 + "\n", "a number JSON does not write"),
])
def test_a_file_with_a_problem_or_a_value_json_does_not_keep_is_not_compiled(tmp_path, compiled, text, why):
    src = tmp_path / "odd.yaml"
    src.write_text(text, encoding="utf-8")
    assert compile_file(src, compiled) is None, why
    assert list(compiled.iterdir()) == []
    errors: list[LoadError] = []
    got = yamlfile._read_yaml(src, "shown.yaml", errors)
    assert got == yamlfile._parse(text, "shown.yaml", []) if not errors else got is None


def test_the_problems_of_a_file_are_told_as_before_whatever_is_compiled(tmp_path, compiled):
    src = tmp_path / "bad.yaml"
    src.write_text("a: 1\na: 2\n", encoding="utf-8")
    _got, errors = _read(src)
    assert [(e.file, e.line, e.where) for e in errors] == [("shown.yaml", 2, "yaml")]
    assert "duplicate key" in errors[0].message


def test_a_kept_tree_read_again_names_the_file_it_is_read_under(tmp_path, compiled):
    src = tmp_path / "sample.yaml"
    src.write_text(SAMPLE, encoding="utf-8")
    compile_file(src, compiled)
    first = yamlfile._read_yaml(src, "first.yaml", [])
    again = yamlfile._read_yaml(src, "again.yaml", [])
    assert (first.file, first["items"].file, again.file, again["items"][0].file) == (
        "first.yaml", "first.yaml", "again.yaml", "again.yaml")
    again["title"] = "changed"  # a copy: the kept tree is not changed
    assert yamlfile._read_yaml(src, "third.yaml", [])["title"] == "Une enquête"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(REPO)))
def test_a_plain_reading_of_a_compiled_file_is_the_safe_loader_s(path, compiled, monkeypatch):
    """read_plain (the demo, the fixed texts' English, the mappings) takes the compiled tree too:
    plain mappings and lists, equal to what the safe loader reads."""
    import yaml

    expected = yaml.load(path.read_text(encoding="utf-8"), Loader=yamlfile._safe_loader())
    compile_file(path, compiled)
    monkeypatch.setattr(yamlfile, "_PLAIN", {})
    monkeypatch.setattr(yamlfile, "load_plain", lambda *_a: pytest.fail("parsed although compiled"))
    got = yamlfile.read_plain(path)
    assert got == expected

    def plain(node):
        assert type(node) not in (LineDict, LineList)
        for v in node.values() if isinstance(node, dict) else node if isinstance(node, list) else ():
            plain(v)

    plain(got)


READS_EVERYTHING = """
import sys
from capacity_app.catalog import aggregate_texts, forms_texts, sentences
from capacity_app.catalog.loader import load_questionnaire, prepared
from capacity_app.exchange.workbook import format as workbook_format
from capacity_app.exchange.workbook.mapping import load_mappings, recorded_digests
from capacity_app.paths import default_questionnaire_path
from capacity_app.reports import format as report_format
from capacity_app.services.demo import demo_data

q = prepared(load_questionnaire(default_questionnaire_path()), ("fr", "ar", "zh", "es", "ru"))
for lang in ("fr", "ar", "zh"):
    sentences.read_sentences(lang)
report_format._english(), aggregate_texts._english(), forms_texts.strings(), workbook_format._retired_labels()
load_mappings(), recorded_digests(), demo_data()
print(sorted(m for m in sys.modules if m.split(".")[0] == "yaml"))
"""


def test_a_process_reading_only_shipped_files_never_imports_pyyaml():
    """The questionnaire, its catalogues, the sentences, the fixed texts, the mappings and the
    demo: all read from their compiled trees, so the process never pays PyYAML's import."""
    import subprocess
    import sys

    if not yamlfile.compiled_dir().is_dir():
        pytest.skip("no compiled trees (make was not run): every file is parsed")
    r = subprocess.run([sys.executable, "-c", READS_EVERYTHING], capture_output=True, text=True, timeout=120,
                       cwd=REPO)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


@pytest.mark.parametrize("text, line", [
    ("title: x\nwhen: 2026-02-30\n", 2), ("when: 0000-01-01\n", 1), ("a: 1\nn: " + "9" * 5000 + "\n", 2),
    ("2026-02-30: a date as a key\n", 1),
], ids=["no such day", "year 0", "5,000 digits", "a key"])
def test_a_date_or_number_python_refuses_is_told_at_its_line(tmp_path, text, line):
    """Such a value made the reading raise ValueError past its refusals (a catalogue or a
    questionnaire with it stopped the command); it is one problem of the file, at its line."""
    src = tmp_path / "odd.yaml"
    src.write_text(text, encoding="utf-8")
    got, errors = _read(src)
    assert got is None
    assert [(e.file, e.line, e.where) for e in errors] == [("shown.yaml", line, "yaml")]
    assert "cannot be read" in errors[0].message
    assert compile_file(src, tmp_path) is None
