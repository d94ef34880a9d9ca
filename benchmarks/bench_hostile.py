"""Hostile workbooks are refused or read in bounded time: the times the tests do not assert
(tests/exchange/test_hostile*.py check the outcome and the memory; wall-clock bounds flake on a
loaded machine). Prints figures; never fails.

* the formula search (``exchange/safety._formula_elements``) on parts built to make a naive search
  quadratic, at n and 2n: a linear search takes about twice as long at 2n, a quadratic one four
  times; the pattern it replaces (``safety._FORMULA_RE``) timed on the same parts as the reference;
* a shared-string bomb (a 4 GB text once expanded, under 2 MB on disk) refused by ``check_file``;
* the summaries of 300 assessments listed (``services.summaries``, one query): see bench_scale.py,
  which times ``list --json`` as a whole process."""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def best(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def parts(n: int) -> dict[str, bytes]:
    return {":f without '<'": b"x:f" * n, "':f' after a long name": b"<" + b"a" * (2 * n) + b":f" * (n // 2),
            "formula elements": b"<a:f>" * (n * 3 // 5)}


def formula_search() -> None:
    from capacity_app.exchange import safety

    print("formula search (seconds, best of 5): n = 100,000 / 200,000, ratio (linear ~2, quadratic ~4); "
          "the regular expression it replaces")
    small, large = parts(100_000), parts(200_000)
    for name in small:
        a = best(lambda b=small[name]: safety._formula_elements(b))
        b = best(lambda b=large[name]: safety._formula_elements(b))
        ref = best(lambda b=large[name]: list(safety._FORMULA_RE.finditer(b)), runs=1)
        print(f"  {name:<24} {a:.4f} / {b:.4f}  x{b / a:.1f}   regex at 2n: {ref:.4f}")


def shared_string_bomb() -> None:
    """The bomb of tests/exchange/test_hostile_shapes.py (its builder, not a copy)."""
    sys.path.insert(0, str(ROOT / "tests" / "exchange"))
    from test_hostile_shapes import _shared_string_bomb

    from capacity_app.exchange.safety import UnsafeWorkbook, check_file

    with tempfile.TemporaryDirectory() as d:
        bomb = _shared_string_bomb(Path(d), 4670)

        def refuse() -> None:
            try:
                check_file(bomb)
            except UnsafeWorkbook as exc:
                if "shared-string bomb" in str(exc):
                    return
                raise SystemExit(f"refused for another reason: {exc}") from None
            raise SystemExit("the bomb was not refused")

        times = [best(refuse, runs=1) for _ in range(5)]
        print(f"shared-string bomb ({bomb.stat().st_size / 1e3:.0f} KB on disk, about 4 GB of text expanded) "
              f"refused in {statistics.median(times):.3f} s (median of 5)")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    formula_search()
    shared_string_bomb()
