"""The one-walk tree builder (catalog/yamlfile._plain_tree) gives the tree PyYAML's construction
gives, line numbers and file names included, for every YAML file of the repository; a document it
leaves aside (an alias, a tag, a merge key, a duplicate or non-text key, a scalar the safe
constructor refuses) is built or refused by the general path, with the same message as before; a
value Python itself refuses (a day that does not exist, an int of "abc") is told at its line, where
the general path raised a bare ValueError."""
from __future__ import annotations

from pathlib import Path

import pytest

from capacity_app.catalog.yamlfile import LineDict, LineList, _construct, _Loader, _refuse_aliases

REPO = Path(__file__).resolve().parents[2]


def _general(text: str):
    loader = _Loader(text)
    loader.name = "f.yaml"
    try:
        node = loader.get_single_node()
        _refuse_aliases(node)
        return "ok", loader.construct_document(node)
    except Exception as exc:  # noqa: BLE001 - compared, not handled
        return type(exc).__name__, str(exc)
    finally:
        loader.dispose()


def _walked(text: str):
    loader = _Loader(text)
    loader.name = "f.yaml"
    try:
        return "ok", _construct(loader, loader.get_single_node())
    except Exception as exc:  # noqa: BLE001
        return type(exc).__name__, str(exc)
    finally:
        loader.dispose()


def _same(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, (LineDict, LineList)) and (a.line, a.file) != (b.line, b.file):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def test_every_yaml_file_of_the_repository_gives_the_same_tree():
    files = [p for p in REPO.rglob("*.y*ml") if ".venv" not in p.parts and p.is_file()]
    assert len(files) > 20
    for p in files:
        text = p.read_text(encoding="utf-8")
        general, walked = _general(text), _walked(text)
        assert general[0] == walked[0] and _same(general[1], walked[1]), p


@pytest.mark.parametrize("text", [
    "a: 1\nb: yes\nc: ~\nd: 2020-01-01\ne: 1.5\nf: !!str 3\ng: 0x1f\nh: ''\n", "[1, 2, {a: [3]}]\n", "plain\n",
    "a:\n  - b: c\n    d: [e, f]\n", "1: a\ntrue: b\n", "a: !!binary aGVsbG8=\n", "a: !!map {b: 1}\n",
    "a: &x [1]\nb: *x\n", "a: &x 1\nb: *x\nc: !!int zz\n", "a: 1\na: 2\n", "? [1]\n: 2\n", "<<: {a: 1}\nb: 2\n",
    "a: !foo 1\n", "a: !!int abc\n", "!!set {a, b}\n", "- !!omap [a: 1]\n", "1: a\n1: b\n", "a: 1\nb: *x\n",
])
def test_odd_documents_are_built_or_refused_as_before(text):
    general, walked = _general(text), _walked(text)
    if general[0] == "ValueError":  # a value Python refuses (int of "abc"): told at its line instead
        assert walked[0] == "MarkedYAMLError" and "cannot be read" in walked[1] and "line 1" in walked[1], walked
    else:
        assert _same(general, walked)
