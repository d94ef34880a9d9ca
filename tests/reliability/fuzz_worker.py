"""Import candidate files one after the other in a separate process (see
``scenarios.scenario_importer_fuzz``): a file that makes the process abort (a native crash) is
then a counted finding instead of the end of the run.

Usage: python fuzz_worker.py WORKDIR PRISTINE_DB CASES_JSON START
Prints ``BEGIN i`` before case i and ``RESULT {json}`` after it; the result carries the process's
peak resident memory so far (``rss_kib``) and how much case i raised it (``rss_growth_kib``)."""
from __future__ import annotations

import json
import resource
import sys
from pathlib import Path


def peak_rss_kib() -> int:
    """This process's peak resident memory. On Linux from /proc (VmHWM belongs to the memory of
    this program: ``ru_maxrss`` also counts the parent's peak, which survives fork and exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> int:
    workdir, pristine, cases_file, start = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    import scenarios as S

    cases = json.loads(cases_file.read_text(encoding="utf-8"))
    bench = S.ImportBench(workdir, pristine)
    try:
        for i in range(start, len(cases)):
            print(f"BEGIN {i}", flush=True)
            before = peak_rss_kib()
            r = bench.attempt(Path(cases[i]["path"]))
            after = peak_rss_kib()
            r.update(rss_kib=after, rss_growth_kib=after - before)
            print("RESULT " + json.dumps({"index": i, **r}, default=str), flush=True)
    finally:
        bench.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
