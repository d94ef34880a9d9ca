"""Import candidate files one after the other in a separate process (see
``scenarios.scenario_importer_fuzz``): a file that makes the process abort (a native crash) is
then a counted finding instead of the end of the run.

Usage: python fuzz_worker.py WORKDIR PRISTINE_DB CASES_JSON START
Prints ``BEGIN i`` before case i and ``RESULT {json}`` after it."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> int:
    workdir, pristine, cases_file, start = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    import scenarios as S

    cases = json.loads(cases_file.read_text(encoding="utf-8"))
    bench = S.ImportBench(workdir, pristine)
    try:
        for i in range(start, len(cases)):
            print(f"BEGIN {i}", flush=True)
            r = bench.attempt(Path(cases[i]["path"]))
            print("RESULT " + json.dumps({"index": i, **r}, default=str), flush=True)
    finally:
        bench.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
