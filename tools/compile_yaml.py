"""Compile the tree of every YAML file the project ships (assessments/ and resources/) into
resources/compiled/, named by the digest of the file's bytes (`make` runs it; capacity_app/catalog/
yamlfile.py says why and how a compiled tree is read). Trees of files that no longer exist as
they were are removed. Prints how many were written.

    python tools/compile_yaml.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from capacity_app.catalog.yamlfile import compile_file, compiled_dir  # noqa: E402


def main() -> int:
    folder = compiled_dir()
    sources = sorted(p for top in ("assessments", "resources") for p in (ROOT / top).rglob("*.yaml")
                     if folder not in p.parents)
    written = {name for p in sources if (name := compile_file(p, folder)) is not None}
    for old in folder.glob("*.json"):
        if old.name not in written:
            old.unlink()
    print(f"{len(written)} of {len(sources)} YAML files compiled into {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
