"""Run by tests/exchange/test_isolation.py in a process of its own: an aggregation of a folder
whose first file ends the worker reading it at once, from a process with a thread besides its main
one (so the pool spawns its workers, as it does from the window). Prints each file's status as
JSON: ``python break_first_worker.py FOLDER OUT.xlsx``."""
import json
import os
import sys
import threading

from capacity_app.exchange.aggregate import run as aggregation
from capacity_app.exchange.aggregate import extract as aggregate_extract

_REAL_EXTRACT = aggregate_extract.extract


def aborting_extract(path: str):
    """Aggregation's reading, ending its process on a file named ...abort.xlsx."""
    if path.endswith("abort.xlsx"):
        os.abort()
    return _REAL_EXTRACT(path)


if __name__ == "__main__":
    threading.Thread(target=threading.Event().wait, daemon=True).start()
    aggregation._extract = aborting_extract
    aggregate_extract.extract = aborting_extract
    rep = aggregation.aggregate([sys.argv[1]], sys.argv[2], workers=2)
    print(json.dumps({os.path.basename(f.path): [f.status, f.reason] for f in rep.files}))
