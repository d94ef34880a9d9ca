"""Loading ``assessments/institutions.yaml``: which institution answers which part of the
questionnaire by default (``domain.institutions``). Read like every questionnaire-family
file (``yamlfile``: size-limited, no aliases, no duplicate keys) and checked against the
questionnaire: every section, item, grid row and source it names exists, and every institution is
a row code of the S0 grid of institutions. Every problem is one line ``FILE:LINE: WHERE: MESSAGE``.

The file is not part of the questionnaire's content hash: changing it changes no assessment (an
assessment's own changes are stored with it, ``services.institutions``)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..domain.institutions.asked import InstitutionMap, institution_codes
from ..domain.questionnaire import Questionnaire
from ..paths import assessments_dir
from .loader import LoadError, _display, _read_yaml, load_bundled

ROOT_KEYS = ("version", "sections", "items", "rows", "sources")


class InstitutionMapError(Exception):
    """Raised with every problem found in an institutions file."""

    user_error = True

    def __init__(self, errors: list[LoadError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def default_institutions_path() -> Path:
    return assessments_dir() / "institutions.yaml"


def check_institution_map(path: str | Path, q: Questionnaire) -> tuple[InstitutionMap, list[LoadError]]:
    """(the map read from ``path``, every problem found); the map is empty when there is any."""
    path = Path(path)
    display = _display(path)
    errors: list[LoadError] = []
    root = _read_yaml(path, display, errors)
    if errors:
        return InstitutionMap(), errors

    def err(node: Any, where: str, message: str) -> None:
        errors.append(LoadError(display, getattr(node, "line", 0) or getattr(root, "line", 0) or 1, where, message))

    if not isinstance(root, dict):
        err(root, "file", f"the file must be a mapping with {', '.join(ROOT_KEYS)}")
        return InstitutionMap(), errors
    for k in root:
        if k not in ROOT_KEYS:
            err(root, "file", f"unknown key {k!r} (expected {', '.join(ROOT_KEYS)})")
    version = root.get("version", "")
    if not isinstance(version, str):
        err(root, "version", 'version must be a string like "1.0.0" (quote it)')
        version = ""
    known = set(institution_codes(q))
    if not known:
        err(root, "file", "the questionnaire has no S0 grid of institutions (s0_institutions) to name them by")

    def exists(kind: str, name: str) -> bool:
        if kind == "sections":
            return q.section(name) is not None
        if kind == "sources":
            return q.source(name) is not None
        parts = name.split(".")
        item = q.item(parts[0])
        if kind == "items":
            return len(parts) == 1 and item is not None and item.type != "note"
        return len(parts) == 2 and item is not None and item.type == "grid" and item.row(parts[1]) is not None

    what = {"sections": "section", "items": "question", "rows": "grid row (ITEM.ROW)", "sources": "matrix source"}
    read: dict[str, dict[str, tuple[str, ...]]] = {}
    for kind in ("sections", "items", "rows", "sources"):
        node = root.get(kind, {})
        out: dict[str, tuple[str, ...]] = {}
        if node is None:
            node = {}
        if not isinstance(node, dict):
            err(root, kind, f"{kind} must be a mapping of {what[kind]} to a list of institutions")
            read[kind] = out
            continue
        for name, owners in node.items():
            where = f"{kind}.{name}"
            if not isinstance(name, str) or not exists(kind, name):
                err(node, where, f"no such {what[kind]} in the questionnaire")
                continue
            if not isinstance(owners, list) or not all(isinstance(o, str) for o in owners):
                err(node, where, "must be a list of institution codes ([] for none)")
                continue
            bad = [o for o in owners if o not in known]
            if bad and known:
                err(owners, where, f"unknown institution {bad[0]!r} (one of {', '.join(institution_codes(q))})")
                continue
            if len(set(owners)) != len(owners):
                err(owners, where, "an institution is listed twice")
                continue
            out[name] = tuple(owners)
        read[kind] = out
    if errors:
        return InstitutionMap(), errors
    return InstitutionMap(sections=read["sections"], items=read["items"], rows=read["rows"],
                          sources=read["sources"], version=version), errors


def load_institution_map(path: str | Path, q: Questionnaire) -> InstitutionMap:
    """The map of ``path`` checked against ``q``, or :class:`InstitutionMapError` with every problem."""
    m, errors = check_institution_map(path, q)
    if errors:
        raise InstitutionMapError(errors)
    return m


_CACHE: dict[tuple[str, float, str], InstitutionMap] = {}


def load_bundled_institution_map(q: Questionnaire | None = None, path: str | Path | None = None) -> InstitutionMap:
    """The bundled defaults (``assessments/institutions.yaml``), checked against ``q`` (the bundled
    questionnaire by default); cached by the file's time and the questionnaire's hash. A
    questionnaire without the file (an older or custom one) gets an empty map: nobody is asked
    anything until the officer says who."""
    q = q if q is not None else load_bundled()
    p = Path(path) if path else default_institutions_path()
    if not p.exists():
        return InstitutionMap()
    key = (str(p.resolve()), p.stat().st_mtime, q.content_hash)
    m = _CACHE.get(key)
    if m is None:
        m = load_institution_map(p, q)
        _CACHE[key] = m
    return m


__all__ = ["InstitutionMapError", "check_institution_map", "default_institutions_path",
           "load_bundled_institution_map", "load_institution_map"]
