"""Write tests/file_costs.txt from a JUnit XML report of a whole parallel run (`make test-costs`).

Each line is a test file and the seconds its tests took in that run (setup, call and teardown, as
pytest's junitxml reports them), longest first. tests/conftest.py hands pytest-xdist the files in
that order, so the long files start first and the short ones fill the end of the run. The figures
only order the run: a stale or missing one makes the suite slower, never different.

    python tools/file_costs.py REPORT.xml [--root DIR] > tests/file_costs.txt
"""
from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET  # the report pytest itself wrote in this run
from collections import defaultdict
from pathlib import Path

HEADER = """\
# Seconds each test file took in a whole `make test` run (3 workers on 2 cores), longest first:
# tests/conftest.py gives pytest-xdist the files in this order (a file not listed goes first).
# Written by `make test-costs` (tools/file_costs.py); refresh it when files are added or moved.
"""


def test_file(classname: str, root: Path) -> str | None:
    """The test file a JUnit ``classname`` ("tests.gui.test_x" or "tests.gui.test_x.TestClass")
    names, relative to ``root``, or None when no such file exists."""
    parts = classname.split(".")
    while parts:
        candidate = Path(*parts[:-1], parts[-1] + ".py")
        if (root / candidate).is_file():
            return candidate.as_posix()
        parts.pop()
    return None


def file_costs(report: Path, root: Path) -> dict[str, float]:
    """Seconds per test file in a junitxml ``report`` (test cases of no file are left out)."""
    costs: dict[str, float] = defaultdict(float)
    for case in ET.parse(report).iter("testcase"):
        path = test_file(case.get("classname", ""), root)
        if path is not None:
            costs[path] += float(case.get("time") or 0)
    return dict(costs)


def format_costs(costs: dict[str, float]) -> str:
    lines = [f"{seconds:8.2f} {path}" for path, seconds in sorted(costs.items(), key=lambda kv: (-kv[1], kv[0]))]
    return HEADER + "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("report", type=Path, help="pytest's --junitxml report of a whole run")
    p.add_argument("--root", type=Path, default=Path("."), help="the folder the test paths start from")
    args = p.parse_args(argv)
    costs = file_costs(args.report, args.root)
    if not costs:
        print(f"{args.report}: no test case names a test file", file=sys.stderr)
        return 1
    sys.stdout.write(format_costs(costs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
