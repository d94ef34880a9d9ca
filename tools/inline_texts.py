"""Move the translations still written inline beside the English into their catalogues
(``tools/catalogues.py extract-inline``): one home per text, English the only language written in
the sources.

For every kind of text (the questionnaire and recommendations YAML, the engine's sentences in
``capacity_app/domain/texts.py``, the report's, the aggregation's and the forms' ``strings.yaml``,
the help pages ``help.<lang>.html``), every text inline in a language other than English is
written into that language's catalogue (entry key, ``en`` = the English it translates, ``<lang>``
= the text; a text inline wins over the catalogue's, being the newer) and then stripped from its
source, which keeps only ``en``. The sources are edited as text, at the positions the YAML parser
and Python's ``ast`` give, so comments and the English's layout stay as written. Running it again
moves what was added inline since and changes nothing else.
"""
from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

LANG_KEY = re.compile(r"^[a-z]{2,3}$")  # an ISO 639 code, the key of a text's language


# --- YAML: the spans of the inline translations ---------------------------------------------------

def _text_mappings(node: yaml.Node) -> Iterator[yaml.MappingNode]:
    """Every mapping of ``node``'s tree that is a text by language: an ``en`` key, and language
    codes only as keys."""
    if isinstance(node, yaml.MappingNode):
        keys = [k.value if isinstance(k, yaml.ScalarNode) else None for k, _ in node.value]
        if "en" in keys and all(isinstance(k, str) and LANG_KEY.match(k) for k in keys):
            yield node
            return
        for k, v in node.value:
            yield from _text_mappings(k)
            yield from _text_mappings(v)
    elif isinstance(node, yaml.SequenceNode):
        for v in node.value:
            yield from _text_mappings(v)


def _end(node: Any) -> int:
    """Where ``node``'s text ends: a block collection's own end mark is the next token's start, so
    it ends where its last value does."""
    if isinstance(node, yaml.ScalarNode) or node.flow_style or not node.value:
        return node.end_mark.index
    last = node.value[-1]
    return _end(last[1] if isinstance(last, tuple) else last)


def _spans(text: str, node: Any) -> Iterator[tuple[int, int]]:
    """The character spans of the mapping's pairs other than ``en``."""
    pairs = node.value
    for i, (k, v) in enumerate(pairs):
        if k.value == "en":
            continue
        if node.flow_style:
            if i > 0:
                yield pairs[i - 1][1].end_mark.index, v.end_mark.index
            else:
                yield k.start_mark.index, pairs[i + 1][0].start_mark.index
            continue
        start = text.rfind("\n", 0, k.start_mark.index) + 1
        end = _end(v)
        if end == 0 or text[end - 1] != "\n":
            newline = text.find("\n", end)
            end = len(text) if newline < 0 else newline + 1
        yield start, end


def strip_yaml(text: str) -> tuple[str, int]:
    """``text`` without its inline translations, and how many were stripped."""
    root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if root is None:
        return text, 0
    spans = sorted(s for m in _text_mappings(root) for s in _spans(text, m))
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return text, len(spans)


def yaml_translations(data: Any) -> dict[str, dict[str, Any]]:
    """A strings.yaml's inline translations: language -> key -> text (top-level keys)."""
    out: dict[str, dict[str, Any]] = {}
    for key, entry in (data or {}).items():
        if isinstance(entry, dict) and "en" in entry:
            for lang, value in entry.items():
                if lang != "en" and LANG_KEY.match(str(lang)):
                    out.setdefault(lang, {})[key] = value
    return out


def by_language(texts: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """key -> {lang: text} turned into lang -> {key: text}, English left out."""
    out: dict[str, dict[str, Any]] = {}
    for key, entry in texts.items():
        for lang, value in entry.items():
            if lang != "en" and LANG_KEY.match(str(lang)):
                out.setdefault(lang, {})[key] = value
    return out


def count(translations: dict[str, dict[str, Any]]) -> int:
    return sum(len(v) for v in translations.values())


# --- Python: the sentences' dict literals ----------------------------------------------------------

def _offsets(source: bytes) -> list[int]:
    starts = [0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


def strip_python(source: str, name: str = "TEXTS") -> tuple[str, int]:
    """``source`` with the dict literal assigned to ``name`` keeping only ``"en"`` in each of its
    entries (the other languages' pairs cut out at the positions ``ast`` gives; ``ast`` counts a
    column in UTF-8 bytes, so the cut is made on the bytes)."""
    data = source.encode("utf-8")
    starts = _offsets(data)
    tree = ast.parse(source)
    spans: list[tuple[int, int]] = []
    for node in ast.walk(tree):
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None)
        value = getattr(node, "value", None)
        if not (isinstance(target, ast.Name) and target.id == name and isinstance(value, ast.Dict)):
            continue
        for entry in value.values:
            if not isinstance(entry, ast.Dict):
                continue
            keys = [k.value if isinstance(k, ast.Constant) and isinstance(k.value, str) else None
                    for k in entry.keys]
            if "en" not in keys or keys.index("en") != 0:
                continue
            for i, key in enumerate(keys):
                if i > 0 and key is not None and LANG_KEY.match(key):
                    prev, cur = entry.values[i - 1], entry.values[i]
                    spans.append((starts[prev.end_lineno - 1] + prev.end_col_offset,  # type: ignore[operator]
                                  starts[cur.end_lineno - 1] + cur.end_col_offset))  # type: ignore[operator]
    for start, end in sorted(spans, reverse=True):
        data = data[:start] + data[end:]
    return data.decode("utf-8"), len(spans)


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def recommendations_translations(path: Path) -> dict[str, dict[str, Any]]:
    """The recommendations library's inline translations by catalogue path (recommendations.<id>.<title|text>)."""
    root = yaml.safe_load(read_text(path)) or {}
    texts: dict[str, dict[str, Any]] = {}
    for item in root.get("recommendations") or []:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        for name in ("title", "text"):
            if isinstance(item.get(name), dict):
                texts[f"recommendations.{item['id']}.{name}"] = item[name]
    return by_language(texts)
