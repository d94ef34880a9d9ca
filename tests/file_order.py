"""The order the test files go to pytest-xdist's workers (tests/conftest.py): longest first, by
the seconds tests/file_costs.txt gives each (written by `make test-costs`, tools/file_costs.py)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

FILE_COSTS = Path(__file__).resolve().parent / "file_costs.txt"


def read_file_costs(text: str) -> dict[str, float]:
    """tests/file_costs.txt's "seconds path" lines (comments and blank lines skipped)."""
    costs = {}
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            seconds, _, path = line.partition(" ")
            costs[path.strip()] = float(seconds)
    return costs


def longest_files_first(items: list, costs: dict[str, float], path_of: Callable[[Any], str]) -> list:
    """``items`` with whole test files in the order of their cost in ``costs``, longest first; a
    file not listed goes before every listed one (it may be long). The order of a file's own tests
    is kept, and files of equal cost keep their collection order."""
    first_seen: dict[str, int] = {}
    for item in items:
        first_seen.setdefault(path_of(item), len(first_seen))

    def key(item: Any) -> tuple[float, int]:
        path = path_of(item)
        return (-costs.get(path, float("inf")), first_seen[path])

    return sorted(items, key=key)
