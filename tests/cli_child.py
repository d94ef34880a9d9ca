"""The command line in a process of its own, for tests that kill it or limit its memory: what the
hostile and the killed-door tests share."""
from __future__ import annotations

import os
import subprocess
import sys

# the command line under an address-space limit (argv[1], 0: none), the rest of argv its arguments
_CHILD = """
import resource, sys
limit = int(sys.argv[1])
if limit:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from capacity_app.cli import main
sys.argv = ["capacity-app", *sys.argv[2:]]
main()
"""


def cli_child(db, *args, limit: int = 0, env=None, new_session: bool = False) -> subprocess.Popen:
    """``capacity-app --db DB ARGS`` started in English, its output read as text; ``limit``: the
    bytes of address space it may use; ``new_session``: its own process group (killed whole)."""
    return subprocess.Popen([sys.executable, "-c", _CHILD, str(limit), "--db", str(db), *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=new_session,
                            env={**os.environ, "CAPACITY_APP_LANG": "en", **(env or {})})
