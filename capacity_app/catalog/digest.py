"""A digest of the bundled questionnaire files, cheap enough to take at start-up (under 1 ms):
derived data computed from the questionnaire (the list's summaries) is checked against it, so that
an edited or updated questionnaire never shows figures computed from the previous one."""
from __future__ import annotations

import re
import zlib
from pathlib import Path

from ..domain.celltext import LazyPattern
from ..paths import default_questionnaire_path


def bundled_digest(path: str | Path | None = None) -> str:
    """Digest of the questionnaire file and every YAML file beside it (the files
    ``loader.load_bundled`` reads): of their names and bytes. Their bytes, not their sizes and
    modification times: a copy, an archive or a package can keep a file's time through a change of
    the same size. CRC-32 and the length of the whole: it detects edits, which is all it is for
    (hashlib would load OpenSSL, about 7 ms of the window's start); each file is checksummed as it
    is read, never joined to its name first (a copy of the 1 MB)."""
    p = Path(path) if path else default_questionnaire_path()
    crc = size = 0
    for f in sorted(p.parent.glob("**/*.yaml")):
        name = f.relative_to(p.parent).as_posix().encode("utf-8") + b"\0"
        data = f.read_bytes()
        crc = zlib.crc32(b"\0", zlib.crc32(data, zlib.crc32(name, crc)))
        size += len(name) + len(data) + 1
    return f"{crc:08x}-{size:x}"


# The top level's ``id:`` and ``version:`` lines of a questionnaire file, as its authors write them
# (docs/questionnaire-format.md): the key at the line's start, a plain or quoted value, a comment
_TOP_LINE = LazyPattern(r"""^(id|version):[ \t]*(?:"([^"\\\n]*)"|'([^'\n]*)'|([^\s#"'&*!|>{\[][^\s#]*))"""
                         r"[ \t]*(?:#.*)?$", re.MULTILINE)
_ID = LazyPattern(r"^[a-z][a-z0-9_\-]*$")  # as the loader checks them (catalog.loader._top_level)
_VERSION = LazyPattern(r"^\d+\.\d+(\.\d+)?$")
_IDENTITY: dict[tuple[str, int, int], tuple[str, str] | None] = {}


def bundled_identity(path: str | Path | None = None) -> tuple[str, str] | None:
    """The bundled questionnaire's (id, version), read from its file's top-level lines alone
    (under 1 ms; loading the questionnaire takes 0.15 s): enough to tell whether an assessment is
    of another version. None when the file does not say them plainly once each (a flow mapping, a
    key written twice, a value the loader would refuse): the caller then loads the questionnaire,
    which checks it. Cached per the file's modification time and size."""
    p = Path(path) if path else default_questionnaire_path()
    st = p.stat()
    key = (str(p), st.st_mtime_ns, st.st_size)
    if key not in _IDENTITY:
        found: dict[str, list[str | None]] = {}
        for m in _TOP_LINE.finditer(p.read_text(encoding="utf-8")):
            found.setdefault(m.group(1), []).append(_text(m))
        ids, versions = found.get("id", []), found.get("version", [])
        i, v = (ids[0], versions[0]) if len(ids) == 1 and len(versions) == 1 else (None, None)
        _IDENTITY[key] = (i, v) if i and v and _ID.match(i) and _VERSION.match(v) else None
    return _IDENTITY[key]


def _text(m: re.Match[str]) -> str | None:
    """The value of a top-level line as YAML reads it, when it reads it as text (else None: an
    unquoted 1.3 is a number, an unquoted yes or null is no text)."""
    quoted = m.group(2) if m.group(2) is not None else m.group(3)
    if quoted is not None:
        return quoted
    plain = m.group(4)
    if plain.lower() in _NOT_TEXT or (m.group(1) == "version" and plain.count(".") < 2):
        return None
    return plain


_NOT_TEXT = frozenset({"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"})


__all__ = ["bundled_digest", "bundled_identity"]
