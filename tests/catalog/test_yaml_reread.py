"""A YAML text read again (a translator's export then import, each reading every catalogue and the
English sources) is built once and copied (catalog/yamlfile.py): each reading is its own tree, under
its own file name, and a changed file is read anew; a catalogue's reader, which keeps nothing of the
tree, reads the kept tree itself."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from capacity_app.catalog.translations import Entry, read_catalogue
from capacity_app.catalog.yamlfile import LoadError, _read_yaml, read_plain


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


def test_a_plain_text_read_again_is_a_copy_and_a_changed_one_is_read_anew(tmp_path: Path):
    """read_plain (the English sources of the translator's export and import) parses a text once:
    each reading is its own tree, a caller changing it changes no other, a new text is parsed."""
    p = tmp_path / "strings.yaml"
    p.write_text("a: {en: One, fr: Un}\nb: [x, [y, z]]\n", encoding="utf-8")
    first, second = read_plain(p), read_plain(p)
    assert first == second == {"a": {"en": "One", "fr": "Un"}, "b": ["x", ["y", "z"]]}
    assert first is not second and first["a"] is not second["a"] and first["b"][1] is not second["b"][1]
    first["a"]["en"] = "changed"
    first["b"][1].append("w")
    assert read_plain(p) == {"a": {"en": "One", "fr": "Un"}, "b": ["x", ["y", "z"]]}
    p.write_text("a: {en: Two}\n", encoding="utf-8")
    assert read_plain(p) == {"a": {"en": "Two"}}
    p.write_text("a: [\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(yaml.YAMLError):
            read_plain(p)


def test_a_catalogue_read_again_tells_its_problems_under_its_own_name(tmp_path: Path):
    """read_catalogue reads a kept tree uncopied (_read_yaml's ``shared``): the same text under
    two names still gives each its own file name and lines in its problems, and its entries are
    its own."""
    text = "language: ru\nreview: {reviewed_by: '', date: ''}\nentries:\n  a: {en: One, ru: Один}\n  b: {en: Two, fr: Deux}\n"
    (tmp_path / "one.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "two.yaml").write_text(text, encoding="utf-8")
    told = []
    for name in ("one.yaml", "two.yaml"):
        errors: list[LoadError] = []
        cat = read_catalogue(tmp_path / name, "ru", errors)
        assert cat.entries["a"] == Entry("One", "Один") and "b" not in cat.entries
        told += [(Path(e.file).name, e.line, e.where) for e in errors]
        cat.entries["a"] = Entry("One", "changed")
    assert told == [("one.yaml", 5, "b"), ("two.yaml", 5, "b")]


def test_a_changed_catalogue_is_built_anew(tmp_path: Path):
    """read_catalogue builds a catalogue once per text (translations._BUILT): a file rewritten
    (the translator's import writes it) gives its new entries and review."""
    p = tmp_path / "ru.yaml"
    head = "language: ru\nreview: {reviewed_by: '%s', date: ''}\nentries:\n"
    p.write_text(head % "" + "  a: {en: One, ru: Один}\n", encoding="utf-8")
    assert read_catalogue(p, "ru", []).entries == {"a": Entry("One", "Один")}
    p.write_text(head % "A. Reviewer" + "  a: {en: One, ru: Одна}\n  b: {en: Two, ru: ''}\n", encoding="utf-8")
    cat = read_catalogue(p, "ru", [])
    assert cat.entries == {"a": Entry("One", "Одна"), "b": Entry("Two", None)}
    assert cat.review.reviewed_by == "A. Reviewer"
