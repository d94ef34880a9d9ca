"""A digest of the bundled questionnaire files, cheap enough to take at start-up (under 1 ms):
derived data computed from the questionnaire (the list's summaries) is checked against it, so that
an edited or updated questionnaire never shows figures computed from the previous one."""
from __future__ import annotations

import zlib
from pathlib import Path

from ..paths import default_questionnaire_path

_CACHE: dict[tuple, str] = {}


def bundled_digest(path: str | Path | None = None) -> str:
    """Digest of the questionnaire file and every YAML file beside it (the files
    ``loader.load_bundled`` reads), cached per their modification times."""
    p = Path(path) if path else default_questionnaire_path()
    files = sorted(p.parent.glob("**/*.yaml"))
    key = tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    digest = _CACHE.get(key)
    if digest is None:
        # CRC-32 and length of the whole: it detects edits, which is all it is for (hashlib would
        # load OpenSSL, about 7 ms of the window's start-up)
        crc = size = 0
        for f in files:
            chunk = f.relative_to(p.parent).as_posix().encode("utf-8") + b"\0" + f.read_bytes() + b"\0"
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
        digest = _CACHE[key] = f"{crc:08x}-{size:x}"
    return digest


__all__ = ["bundled_digest"]
