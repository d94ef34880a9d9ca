"""The forms for ODK and Kobo and their submissions, measured.

On the Veloria demo, in one run:

* the whole questionnaire's XLSForm and the interior's: built, written and converted by pyxform
  (what ``export --xlsform`` does), and ODK Validate's own run where Java is installed;
* exports of N submissions of the whole questionnaire (default 25, then 4 x N), laid out as ODK
  Central (.zip of CSVs) and KoboToolbox (.xlsx) write them (tests/exchange/submissions_export.py):
  read and checked in the reading process (a dry run), then stored as proposals;
* the reference: the same Kobo .xlsx read by ``pandas.read_excel(sheet_name=None)`` (openpyxl, what
  an analyst would use), which only reads, checks nothing and runs in this process.

Prints the times, the ratio of the import's read and check to the pandas reading, and the load
average (the figures depend on what else runs). Never fails.
Usage: python benchmarks/bench_submissions.py [N] (default 25)."""
from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "exchange"))


def _timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started


def main(n: int) -> None:
    from exchange_helpers import make_store
    from submissions_export import kobo_xlsx, odk_zip, submission_for

    from capacity_app.exchange.institutions.xlsform import convert, write_xlsform
    from capacity_app.services.assessments import questionnaire_for
    from capacity_app.services.demo import create_demo
    from capacity_app.services.institutions.submissions import import_submissions
    from capacity_app.services.institutions.xlsform import build

    folder = Path(tempfile.mkdtemp(prefix="bench-submissions-"))
    try:
        store = make_store(folder / "demo.sqlite3")
        a = create_demo(store)
        q = questionnaire_for(a)
        for inst in (None, "interior"):
            form, t_build = _timed(build, store, a.id, institution=inst)
            out, t_write = _timed(write_xlsform, form, folder / f"{inst or 'all'}.xlsx")
            print(f"form {inst or 'whole questionnaire'}: {len(form.survey)} rows, {len(form.choices)} choices; "
                  f"built {t_build:.2f} s, written and converted by pyxform {t_write:.2f} s")
            if shutil.which("java"):
                from pyxform.xls2xform import convert as pyx_convert

                _, t_val = _timed(pyx_convert, xlsform=str(out), validate=True)
                print(f"  ODK Validate (pyxform and javarosa): {t_val:.2f} s")
            convert(out)
        form = build(store, a.id)
        institutions = ["nso", "interior", "foreign", "labour", "central_bank"]
        for count in (n, 4 * n):
            subs = [submission_for(q, form, random.Random(i), institution=institutions[i % 5], respondent=f"R{i}",
                                   position="") for i in range(count)]
            odk = folder / f"odk-{count}.zip"
            odk.write_bytes(odk_zip(form, subs)[0])
            kobo = kobo_xlsx(form, subs, folder / f"kobo-{count}.xlsx")
            for path in (odk, kobo):
                result, t_read = _timed(import_submissions, store, path, dry_run=True)
                print(f"{count} submissions, {path.suffix} {path.stat().st_size / 1e6:.2f} MB, "
                      f"{result.plan.value_count} values: read and checked {t_read:.2f} s")
            import pandas as pd

            _, t_pandas = _timed(pd.read_excel, kobo, sheet_name=None, engine="openpyxl")
            _, t_kobo = _timed(import_submissions, store, kobo, dry_run=True)
            print(f"  pandas.read_excel of the .xlsx (reads only): {t_pandas:.2f} s; the import's read and check "
                  f"{t_kobo:.2f} s, ratio {t_pandas / t_kobo:.1f}x")
            result, t_store = _timed(import_submissions, store, odk)
            print(f"  stored as proposals: {result.stored} in {t_store:.2f} s")
        store.close()
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 25)
