"""Declared mappings between questionnaire versions (``assessments/mappings/*.yaml``).

A mapping says how answers given against an older version of a questionnaire are carried to a
newer one. Every answer key of the old version is either *kept* (same key, same codes: the default
for keys the mapping does not mention), *recoded* (renamed key and/or renamed choice codes), or
*archived* (no place in the new version: the answer is kept aside in the assessment's settings
and listed in the import report). Format: ``assessments/mappings/README.md``."""
from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Iterable

from ...catalog.yamlfile import is_parse_error, read_plain
from ...domain.texts import text as en_line  # a refusal in English, from its cli.* entry (cli/said.py)
from ...files import InputFileError
from ...paths import assessments_dir


class MappingError(Exception):
    user_error = True


@dataclass(frozen=True)
class Mapping:
    questionnaire: str
    from_version: str
    to_version: str
    rename: dict[str, str] = field(default_factory=dict)  # old key or item id -> new
    recode: dict[str, dict[str, str]] = field(default_factory=dict)  # key pattern -> {old: new}
    archive: tuple[str, ...] = ()  # old key patterns
    note: str = ""
    path: str = ""

    def new_key(self, old_key: str) -> str | None:
        """The key in the newer version, or None when the answer is archived."""
        if any(fnmatch.fnmatchcase(old_key, pat) for pat in self.archive):
            return None
        if old_key in self.rename:
            return self.rename[old_key]
        head, dot, rest = old_key.partition(".")
        if dot and head in self.rename and "." not in self.rename[head]:
            return f"{self.rename[head]}.{rest}"
        return old_key

    def recode_value(self, new_key: str, value: Any) -> Any:
        table = self.codes_for(new_key)
        if not table or value is None:
            return value
        if isinstance(value, list):
            out: list = []
            for v in value:
                nv = table.get(v, v)
                if nv not in out:
                    out.append(nv)
            return out
        return table.get(value, value) if isinstance(value, str) else value

    def codes_for(self, new_key: str) -> dict[str, str]:
        merged: dict[str, str] = {}
        item = new_key.split(".", 1)[0]
        for pat, table in self.recode.items():
            if pat == item or fnmatch.fnmatchcase(new_key, pat):
                merged.update(table)
        return merged


@dataclass
class Chain:
    """Mappings applied one after the other (e.g. 0.8 -> 0.9 -> 1.0)."""

    steps: list[Mapping]

    @property
    def identity(self) -> bool:
        return not self.steps or all(not (m.rename or m.recode or m.archive) for m in self.steps)

    def carry(self, key: str, value: Any) -> tuple[str | None, Any]:
        for m in self.steps:
            key2 = m.new_key(key)
            if key2 is None:
                return None, value
            key, value = key2, m.recode_value(key2, value)
        return key, value

    def describe(self) -> str:
        if not self.steps:
            return "same version"
        return " -> ".join([self.steps[0].from_version] + [m.to_version for m in self.steps])


def default_dir() -> Path:
    return assessments_dir() / "mappings"


def _read(p: Path, refusal: str) -> Any:
    """The YAML file ``p`` as plain data; :class:`MappingError` (the line ``refusal``) when it cannot
    be read (missing, not a regular file, too large), is not UTF-8 or does not parse."""
    try:
        return read_plain(p)
    except Exception as exc:
        if isinstance(exc, (OSError, ValueError, InputFileError)) or is_parse_error(exc):
            detail = exc.reason if isinstance(exc, InputFileError) else exc  # the path is said once
            raise MappingError(en_line(refusal, path=p, detail=detail)) from None
        raise


def load_mapping(path: str | Path) -> Mapping:
    p = Path(path)
    raw = _read(p, "cli.mapping.unreadable")
    if not isinstance(raw, dict):
        raise MappingError(en_line("cli.mapping.shape", path=p, keys="questionnaire, from, to"))
    for k in ("questionnaire", "from", "to"):
        if not isinstance(raw.get(k), (str, int, float)) or str(raw.get(k)).strip() == "":
            raise MappingError(f"{p}: '{k}' is required (text)")
    unknown = set(raw) - {"questionnaire", "from", "to", "rename", "recode", "archive", "note"}
    if unknown:
        raise MappingError(en_line("cli.mapping.unknown", path=p, names=", ".join(sorted(unknown))))
    rename = raw.get("rename") or {}
    recode = raw.get("recode") or {}
    archive = raw.get("archive") or []
    if not isinstance(rename, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                               for k, v in rename.items()):
        raise MappingError(en_line("cli.mapping.rename", path=p))
    if not isinstance(recode, dict) or not all(
            isinstance(k, str) and isinstance(v, dict) for k, v in recode.items()):
        raise MappingError(en_line("cli.mapping.recode", path=p))
    if not isinstance(archive, list) or not all(isinstance(a, str) for a in archive):
        raise MappingError(en_line("cli.mapping.archive", path=p))
    return Mapping(
        questionnaire=str(raw["questionnaire"]), from_version=str(raw["from"]), to_version=str(raw["to"]),
        rename=dict(rename), recode={k: {str(a): str(b) for a, b in v.items()} for k, v in recode.items()},
        archive=tuple(archive), note=str(raw.get("note") or ""), path=str(p))


def load_mappings(folder: str | Path | None = None) -> list[Mapping]:
    folder = Path(folder) if folder else default_dir()
    if not folder.is_dir():
        return []
    return [load_mapping(p) for p in sorted(folder.glob("*.yaml"))]


def find_chain(questionnaire: str, from_version: str, to_version: str,
               mappings: Iterable[Mapping] | None = None) -> Chain | None:
    """The shortest chain of declared mappings from one version to another, or None."""
    if from_version == to_version:
        return Chain([])
    ms = [m for m in (load_mappings() if mappings is None else mappings) if m.questionnaire == questionnaire]
    frontier: list[tuple[str, list[Mapping]]] = [(from_version, [])]
    seen = {from_version}
    while frontier:
        nxt = []
        for version, path in frontier:
            for m in ms:
                if m.from_version == version and m.to_version not in seen:
                    steps = path + [m]
                    if m.to_version == to_version:
                        return Chain(steps)
                    seen.add(m.to_version)
                    nxt.append((m.to_version, steps))
        frontier = nxt
    return None


def versions_file() -> Path:
    return assessments_dir() / "versions.yaml"


def recorded_digests(path: str | Path | None = None) -> dict[str, dict[str, tuple[str, ...]]]:
    """The content digests recorded for each released version of each questionnaire
    (``assessments/versions.yaml``): {questionnaire id: {version: (digest, ...)}}."""
    p = Path(path) if path else versions_file()
    raw = _read(p, "cli.mapping.versions_unreadable")
    if not isinstance(raw, dict) or not all(
            isinstance(versions, dict) and all(isinstance(d, list) and all(isinstance(x, str) for x in d)
                                               for d in versions.values()) for versions in raw.values()):
        raise MappingError(en_line("cli.mapping.versions", path=p))
    return {str(qid): {str(v): tuple(d) for v, d in versions.items()} for qid, versions in raw.items()}


def digest_known(questionnaire: str, version: str, digest: str, current_version: str, current_digest: str,
                 recorded: dict[str, dict[str, tuple[str, ...]]] | None = None) -> bool:
    """Whether a workbook's questionnaire text is the one released as its version: the current
    questionnaire's own digest, or one recorded for that version. A version with nothing recorded
    (not a released one) is not judged here: no mapping leads from it."""
    if version == current_version and digest == current_digest:
        return True
    known = (recorded_digests() if recorded is None else recorded).get(questionnaire, {})
    if version == current_version or version in known:
        return digest in known.get(version, ())
    return True
