"""Reading questionnaire-family YAML files safely: size-limited, UTF-8, line numbers on every
mapping and list, no aliases or anchors, no duplicate keys, no tags; every problem one
:class:`LoadError` line ``FILE:LINE: WHERE: MESSAGE``. Used by the questionnaire and
recommendations loaders and the translation catalogues."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..files import InputFileError, read_regular, replace_atomically

if TYPE_CHECKING:  # PyYAML is imported when a file is first parsed (the compiled trees below)
    import yaml

MAX_FILE_BYTES = 5_000_000


@dataclass(frozen=True)
class LoadError:
    file: str
    line: int
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.where}: {self.message}"


# --- YAML with line numbers, no aliases, no tags ---------------------------------------------

class LineDict(dict):
    line = 0
    file = ""


class LineList(list):
    line = 0
    file = ""


def _line(node: object) -> int:
    """The line a YAML mapping or list started on (LineDict, LineList), 0 when unknown."""
    return getattr(node, "line", 0) or 0


def _safe_loader() -> Any:
    """libyaml's safe loader when PyYAML has it (about 5x faster than PyYAML's own); constructors
    stay in Python. PyYAML is imported here, the first time a file is parsed: a process that reads
    only compiled trees (a command scoring an assessment, a reading worker) never imports it
    (about 20 ms)."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def _loader_class() -> Any:
    """The line-numbering loader (:func:`_construct_mapping`, :func:`_construct_sequence`), made
    the first time a file is parsed; ``yamlfile._Loader`` names it too."""

    base: Any = _safe_loader()

    class _Loader(base):
        # No path resolver is registered (add_path_resolver is never called): the composer's calls
        # to track the path of each node, two per node, do nothing but cost a third of composing.
        def descend_resolver(self, current_node: Any, current_index: Any) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass

    _Loader.add_constructor(_MAP_TAG, _construct_mapping)
    _Loader.add_constructor(_SEQ_TAG, _construct_sequence)
    assert not _Loader.yaml_path_resolvers  # descend_resolver and ascend_resolver above do nothing
    return _Loader


def __getattr__(name: str) -> Any:
    if name == "_Loader":
        return _loader_class()
    raise AttributeError(name)


def is_parse_error(exc: BaseException) -> bool:
    """Whether ``exc`` is PyYAML's refusal of a text (PyYAML is imported only once something was
    parsed: before that, nothing it raised can be here)."""
    import sys

    yaml = sys.modules.get("yaml")
    return yaml is not None and isinstance(exc, yaml.YAMLError)


def load_plain(stream: Any) -> Any:
    """A YAML document as plain data, as ``yaml.safe_load`` reads it, with libyaml's parser when
    PyYAML has it."""
    import yaml

    return yaml.load(stream, Loader=_safe_loader())  # the safe loader, in C or in Python


# The plain trees of the texts :func:`read_plain` read last, by their text: the translator's export
# and import take the English of the report's and the aggregation's fixed texts (about 100 KB of
# YAML each, in every language) at each call, and building their trees was a fifth of each; every
# demo assessment made (services.demo) takes the bundled demo file (72 KB, 13 ms to parse).
_PLAIN: dict[str, Any] = {}
_PLAIN_MAX = 8


def _plain_copy(node: Any) -> Any:
    """``node``'s tree made anew: its mappings and lists new objects, its scalars shared."""
    if isinstance(node, dict):
        return {k: _plain_copy(v) if isinstance(v, (dict, list)) else v for k, v in node.items()}
    if isinstance(node, list):
        return [_plain_copy(v) if isinstance(v, (dict, list)) else v for v in node]
    return node


def read_plain(path: Path) -> Any:
    """The YAML file ``path`` (UTF-8) as plain data, as :func:`load_plain` reads it. A text read
    before is not parsed again: its tree is copied (a caller may change what it is given); a
    changed file is read anew, and a file that does not parse is parsed (and refused) each time.
    Read as every file from outside is (:func:`files.read_regular`): a named pipe, a device or a
    file over MAX_FILE_BYTES is refused (:class:`InputFileError`) before it is read, not waited on
    or read whole."""
    raw = read_regular(path, MAX_FILE_BYTES)
    text = raw.decode("utf-8")
    kept = _PLAIN.get(text)
    if kept is None:
        # a compiled tree is the strict reading's (no alias, no key twice), which for such a file
        # is what the safe loader reads; its mappings and lists are made plain by the copy below
        kept = _compiled_tree(raw, "")
        if kept is None:
            import io

            stream = io.StringIO(text)
            stream.name = str(path)  # PyYAML's messages name the file (not "<unicode string>")
            kept = load_plain(stream)
        keep_bounded(_PLAIN, text, kept, _PLAIN_MAX)
    return _plain_copy(kept)


def _refuse_aliases(node: yaml.Node) -> None:
    """An alias makes the composer hand out the same node twice: refuse it (no alias bombs, and a
    questionnaire reads the same top to bottom)."""
    import yaml

    seen: set[int] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if id(n) in seen:
            raise yaml.MarkedYAMLError("while composing", None,
                                       "anchors and aliases (&name, *name) are not allowed in "
                                       "questionnaire files (anchor defined here)", n.start_mark)
        seen.add(id(n))
        if isinstance(n, yaml.MappingNode):
            for k, v in reversed(n.value):
                stack.extend((v, k))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(reversed(n.value))


def _construct_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False):
    import yaml

    loader.flatten_mapping(node)
    d = LineDict()
    d.line = node.start_mark.line + 1
    d.file = loader.name
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int)):
            raise yaml.MarkedYAMLError("while constructing a mapping", node.start_mark,
                                       "keys must be text or numbers", key_node.start_mark)
        if key in d:
            raise yaml.MarkedYAMLError("while constructing a mapping", node.start_mark,
                                       f"duplicate key {key!r}", key_node.start_mark)
        d[key] = loader.construct_object(value_node, deep=True)
    return d


def _construct_sequence(loader: Any, node: yaml.SequenceNode, deep: bool = False):
    seq = LineList(loader.construct_object(child, deep=True) for child in node.value)
    seq.line = node.start_mark.line + 1
    seq.file = loader.name
    return seq


_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"  # PyYAML's BaseResolver.DEFAULT_MAPPING_TAG
_SEQ_TAG = "tag:yaml.org,2002:seq"  # and DEFAULT_SEQUENCE_TAG


class _Unusual(Exception):
    """A document :func:`_plain_tree` leaves to the general path (an alias, a tag, a merge key, a
    duplicate or non-text key): that path refuses it with its own message."""


def _plain_tree(loader: Any, root: yaml.Node) -> Any:
    """The tree ``loader.construct_document`` gives (after :func:`_refuse_aliases`), built in one
    walk of the nodes: text scalars taken as they are, other scalars by the safe constructor, and
    anything it would refuse or treat apart raising :class:`_Unusual`. PyYAML's general
    construction (a generator per node, its state kept per node) was half of a questionnaire's
    load (40 ms of 100), which every command that scores pays."""
    import yaml

    seen: set[int] = set()
    name = loader.name

    def build(node: yaml.Node) -> Any:
        if id(node) in seen:  # an alias: the same node twice
            raise _Unusual
        seen.add(id(node))
        kind = node.__class__
        if kind is yaml.ScalarNode:
            if node.tag == _STR_TAG:
                return node.value
            try:  # a number, true/false, null, a date: as the safe constructor reads it
                return loader.construct_object(node, deep=True)
            except (ValueError, ArithmeticError) as exc:  # a date or number Python refuses (2026-02-30): at its line
                raise yaml.MarkedYAMLError(None, None, f"{node.value[:40]!r} cannot be read ({exc})",
                                           node.start_mark) from None
            except Exception:  # noqa: BLE001 - refused by the general path, with its message
                raise _Unusual from None
        if kind is yaml.MappingNode and node.tag == _MAP_TAG:
            d = LineDict()
            d.line, d.file = node.start_mark.line + 1, name
            for key_node, value_node in node.value:
                key = build(key_node)
                if key_node.tag != _STR_TAG and (key_node.tag == "tag:yaml.org,2002:merge"
                                                 or not isinstance(key, (str, int))):
                    raise _Unusual
                if key in d:
                    raise _Unusual
                d[key] = build(value_node)
            return d
        if kind is yaml.SequenceNode and node.tag == _SEQ_TAG:
            seq = LineList(build(child) for child in node.value)
            seq.line, seq.file = node.start_mark.line + 1, name
            return seq
        raise _Unusual

    return build(root)


def _construct(loader: Any, node: yaml.Node) -> Any:
    """The document's tree: :func:`_plain_tree`, or for a document it leaves aside the general
    path, which refuses aliases first and then builds (or refuses) it as it always has."""
    try:
        return _plain_tree(loader, node)
    except (_Unusual, RecursionError):
        pass
    loader.constructed_objects, loader.recursive_objects = {}, {}  # what the walk made is not reused
    _refuse_aliases(node)
    return loader.construct_document(node)


# The trees of the texts read last, by their text: a translator's export and import read the same
# catalogues and English sources again (each in a copy of the folders, in the tests), and the
# Python-level construction of their line-numbered mappings is most of that reading. A hit is
# copied (a caller may change what it is given) with the file name it is read under.
_PARSED: dict[str, Any] = {}
_PARSED_MAX = 48


def keep_bounded(memo: dict, key: Any, value: Any, most: int) -> None:
    """``memo[key] = value``, the oldest entry dropped first when ``memo`` holds ``most`` (the
    memos of texts read and of what is built from them)."""
    if len(memo) >= most:
        memo.pop(next(iter(memo)))  # the oldest
    memo[key] = value


def _copied(node: Any, display: str) -> Any:
    """``node``'s tree made anew: its mappings and lists new objects with their lines and
    ``display`` as their file; scalars (str, int, float, bool, None) shared."""
    if isinstance(node, LineDict):
        d = LineDict()
        d.line, d.file = node.line, display
        for k, v in node.items():
            d[k] = _copied(v, display) if isinstance(v, (LineDict, LineList)) else v
        return d
    if isinstance(node, LineList):
        seq = LineList(_copied(v, display) if isinstance(v, (LineDict, LineList)) else v for v in node)
        seq.line, seq.file = node.line, display
        return seq
    return node


def _read_yaml(path: Path, display: str, errors: list[LoadError], shared: bool = False) -> Any:
    """The YAML file ``path``'s tree, line-numbered, under the name ``display``; None, with its
    problems appended to ``errors``, when it cannot be read. ``shared``: the caller only reads the
    tree and keeps nothing of it (a catalogue's reader), so a text read before gives its kept tree
    itself, not a copy (its mappings and lists then name the file it was first read under)."""
    try:
        # opened once, a regular file checked on what was opened, read with a byte limit: a device
        # (/dev/zero), a FIFO or a link to one is refused, never read
        raw = read_regular(path, MAX_FILE_BYTES)
        text = raw.decode("utf-8")
    except InputFileError as exc:
        if exc.reason == "no such file":
            errors.append(LoadError(display, 0, "file", "file not found"))
        elif exc.reason.startswith("is too large"):
            errors.append(LoadError(display, 1, "file", f"file is larger than {MAX_FILE_BYTES} bytes"))
        else:
            errors.append(LoadError(display, 0, "file", exc.reason))
        return None
    except UnicodeDecodeError as exc:
        errors.append(LoadError(display, 1, "file", f"not UTF-8 text ({exc.reason})"))
        return None
    except OSError as exc:
        errors.append(LoadError(display, 0, "file", f"cannot read file: {exc.strerror}"))
        return None
    kept = _PARSED.get(text)
    if kept is not None:
        return kept if shared else _copied(kept, display)
    root = _compiled_tree(raw, display)
    if root is None:
        root = _parse(text, display, errors)
        if root is None:
            return None
    keep_bounded(_PARSED, text, root, _PARSED_MAX)
    return root if shared else _copied(root, display)


def _parse(text: str, display: str, errors: list[LoadError]) -> Any:
    """``text`` parsed into its line-numbered tree, its mappings and lists naming ``display``; None
    for an empty document, or with its problem appended to ``errors``."""
    import yaml

    loader = _loader_class()(text)
    loader.name = display
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _construct(loader, node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        errors.append(LoadError(display, line, "yaml", f"{exc.problem or exc.context}"))
    except yaml.YAMLError as exc:
        errors.append(LoadError(display, 1, "yaml", str(exc).splitlines()[0]))
    finally:
        loader.dispose()
    return None


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)




# --- compiled trees ---------------------------------------------------------------------------
# Parsing is most of reading a catalogue: libyaml's nodes and the line-numbered tree built from
# them take 33 ms for the French sentences and 44 ms for the French window's texts, where the same
# tree read back from JSON takes about 5 ms. `make` writes the tree of every YAML file the project
# ships (tools/compile_yaml.py, :func:`compile_file`) to ``resources/compiled/<sha256>.json``, named
# by the digest of the file's bytes; a file whose bytes have a compiled tree is read from it, any
# other (edited since, a translator's copy, a language dropped in) is parsed as before. The digest
# names the very bytes that were parsed, so an edited file is never read from an older tree, and a
# compiled file that is missing, damaged or of another version is only a file to parse. Only files
# that parse without a problem are compiled: every refusal and its message come from the parse.
COMPILED_VERSION = 1
MAX_COMPILED_BYTES = 4 * MAX_FILE_BYTES  # a tree's JSON (lines and brackets) beside its YAML
_compiled_folder: list[Path | None] = []  # the folder looked up once a process: [folder or None]


def compiled_dir() -> Path:
    from ..paths import resources_dir

    return resources_dir() / "compiled"


def _compiled_name(raw: bytes) -> str:
    """The name of the compiled tree of a file of these bytes (the reader's and the writer's)."""
    import hashlib

    return f"{hashlib.sha256(raw).hexdigest()}.json"


def _compiled_tree(raw: bytes, display: str) -> Any:
    """The tree compiled from exactly ``raw`` (its mappings and lists naming ``display``), or None."""
    if not _compiled_folder:
        made = compiled_dir()
        _compiled_folder.append(made if made.is_dir() else None)
    folder = _compiled_folder[0]
    if folder is None:
        return None
    try:
        return _decoded(read_regular(folder / _compiled_name(raw), MAX_COMPILED_BYTES), display)
    except (InputFileError, OSError, ValueError, KeyError, TypeError, ArithmeticError, RecursionError):
        return None  # none for these bytes (or not one this version reads): parsed instead


def _encoded(node: Any) -> Any:
    """The JSON of a parsed tree, each mapping and list an object whose first member marks it: a
    mapping ``{"\\u0000": line, key: value, ...}`` (or, with keys that are numbers, ``{"\\u0003":
    line, "p": [[key, value], ...]}``), a list ``{"\\u0001": line, "s":
    [...]}``, a date ``{"\\u0002": iso}``; other scalars as JSON has them. :class:`_Unusual` for
    anything else (a time stamp, binary data: that file is not compiled)."""
    import datetime as _dt

    if isinstance(node, LineDict):
        if _MAPPING in node or any(type(k) is not str for k in node):  # keys that are numbers (a scale's anchors)
            return {_PAIRS: node.line, "p": [[k, _encoded(v)] for k, v in node.items()]}
        out = {_MAPPING: node.line}
        for k, v in node.items():
            out[k] = _encoded(v)
        return out
    if isinstance(node, LineList):
        return {_LIST: node.line, "s": [_encoded(v) for v in node]}
    if node is None or type(node) in (str, int, float, bool):
        return node
    if type(node) is _dt.date:
        return {_DATE: node.isoformat()}
    raise _Unusual


class _NotCompiled(ValueError):
    """What :func:`_decoded` raises for a JSON text :func:`_encoded` never writes (a node without
    its mark, a key twice, a pair that is not one, another version): the file is parsed instead."""


_MAPPING, _LIST, _DATE, _PAIRS = "\x00", "\x01", "\x02", "\x03"


def _decoded(text: bytes, display: str) -> Any:
    """:func:`_encoded`'s JSON read back (json's object hook builds each node as it is read);
    ValueError, TypeError or KeyError for what it never writes."""
    import datetime as _dt
    import json

    def node(pairs: list[tuple[str, Any]]) -> Any:
        if not pairs:
            raise _NotCompiled
        mark, value = pairs[0]
        if mark != _DATE and type(value) is not int:  # a line: a whole number as written (never inf, 1.5, "3")
            raise _NotCompiled
        if mark == _MAPPING:
            d = LineDict(pairs[1:])
            if len(d) != len(pairs) - 1:
                raise _NotCompiled
            d.line, d.file = value, display
            return d
        if mark == _LIST and len(pairs) == 2 and pairs[1][0] == "s" and type(pairs[1][1]) is list:
            seq = LineList(pairs[1][1])
            seq.line, seq.file = value, display
            return seq
        if mark == _PAIRS and len(pairs) == 2 and pairs[1][0] == "p" and type(pairs[1][1]) is list:
            d = LineDict()
            for pair in pairs[1][1]:
                if type(pair) is not list or len(pair) != 2:
                    raise _NotCompiled
                k, v = pair
                if type(k) not in (str, int, bool) or k in d:
                    raise _NotCompiled
                d[k] = v
            d.line, d.file = value, display
            return d
        if mark == _DATE and len(pairs) == 1:
            return _dt.date.fromisoformat(value)
        raise _NotCompiled

    doc = json.loads(text, object_pairs_hook=node)
    if type(doc) is not LineDict or doc.get("v") != COMPILED_VERSION:
        raise _NotCompiled
    return doc["tree"]


def compile_file(path: Path, folder: Path) -> str | None:
    """Write the tree of the YAML file ``path`` to ``folder`` (named by the digest of its bytes);
    its name, or None when the file is not compiled (it has a problem, is empty or holds a value
    JSON does not keep: it is parsed each time)."""
    import json

    raw = read_regular(path, MAX_FILE_BYTES)
    errors: list[LoadError] = []
    try:
        root = _parse(raw.decode("utf-8"), str(path), errors)
        if root is None or errors:
            return None
        text = json.dumps({_MAPPING: 0, "v": COMPILED_VERSION, "tree": _encoded(root)}, ensure_ascii=False,
                          separators=(",", ":"))
    except (ValueError, _Unusual, RecursionError):  # not UTF-8; a date or a number Python or JSON refuses
        return None
    name = _compiled_name(raw)
    folder.mkdir(parents=True, exist_ok=True)
    replace_atomically(lambda tmp: Path(tmp).write_text(text, encoding="utf-8"), folder / name, "a compiled tree")
    return name
