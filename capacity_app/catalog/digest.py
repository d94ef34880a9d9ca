"""A digest of the bundled questionnaire files, cheap enough to take at start-up (about 1 ms):
derived data computed from the questionnaire (the list's summaries) is checked against it, so that
an edited or updated questionnaire never shows figures computed from the previous one."""
from __future__ import annotations

import hashlib
from pathlib import Path

_CACHE: dict[tuple, str] = {}


def bundled_digest(path: str | Path | None = None) -> str:
    """Digest of the questionnaire file and every YAML file beside it (the files
    ``loader.load_bundled`` reads), cached per their modification times."""
    from ..paths import default_questionnaire_path

    p = Path(path) if path else default_questionnaire_path()
    files = sorted(p.parent.glob("**/*.yaml"))
    key = tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    digest = _CACHE.get(key)
    if digest is None:
        h = hashlib.sha256()
        for f in files:
            h.update(f.relative_to(p.parent).as_posix().encode("utf-8") + b"\0")
            h.update(f.read_bytes() + b"\0")
        digest = _CACHE[key] = h.hexdigest()[:16]
    return digest


__all__ = ["bundled_digest"]
