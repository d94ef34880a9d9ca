"""A YAML text read again (a translator's export then import, each reading every catalogue and the
English sources) is built once and copied (catalog/yamlfile.py): each reading is its own tree, under
its own file name, and a changed file is read anew."""
from __future__ import annotations

from pathlib import Path

from capacity_app.catalog.yamlfile import LoadError, _read_yaml


def test_the_same_text_under_two_names_gives_two_trees_each_with_its_name(tmp_path: Path):
    text = "entries:\n  a:\n    en: One\n    ru: Один\n  b: [x, {y: 1}]\n"
    (tmp_path / "one.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "two.yaml").write_text(text, encoding="utf-8")
    errors: list[LoadError] = []
    first = _read_yaml(tmp_path / "one.yaml", "one.yaml", errors)
    second = _read_yaml(tmp_path / "two.yaml", "two.yaml", errors)
    assert errors == [] and first == second
    assert first is not second and first["entries"] is not second["entries"]
    assert first["entries"].file == "one.yaml" and second["entries"].file == "two.yaml"
    assert second["entries"]["b"][1].file == "two.yaml" and second["entries"]["b"].line == 5
    first["entries"]["a"]["ru"] = "changed"           # a caller changing its tree changes no other
    assert _read_yaml(tmp_path / "two.yaml", "two.yaml", errors)["entries"]["a"]["ru"] == "Один"


def test_a_changed_file_is_read_anew_and_a_refused_one_stays_refused(tmp_path: Path):
    p = tmp_path / "c.yaml"
    p.write_text("a: 1\n", encoding="utf-8")
    assert _read_yaml(p, "c.yaml", []) == {"a": 1}
    p.write_text("a: 2\n", encoding="utf-8")
    assert _read_yaml(p, "c.yaml", []) == {"a": 2}
    p.write_text("a: 1\na: 2\n", encoding="utf-8")
    for _ in range(2):
        errors: list[LoadError] = []
        assert _read_yaml(p, "c.yaml", errors) is None
        assert [e.message for e in errors] == ["duplicate key 'a'"]
