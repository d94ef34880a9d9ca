"""Storage: the SQLite store, schema migrations (sqlite-utils), lock and backups.

Opening an up-to-date database uses the standard ``sqlite3`` module only; sqlite-utils is loaded
(by :func:`load_sqlite_utils`) when a database is created or upgraded, or when code asks for its
table API (``Connection.utils()``), which keeps it out of application start-up."""
import sys


def load_sqlite_utils():
    """Import sqlite-utils and return its ``sqlite_utils.db`` module. sqlite-utils imports pandas
    and numpy (about 0.4 s) only to accept their types in inserts, which this application never
    passes: hide them while it loads; they stay importable afterwards."""
    if "sqlite_utils.db" in sys.modules:
        return sys.modules["sqlite_utils.db"]
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # makes "import name" raise ImportError
    try:
        import sqlite_utils.db
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return sqlite_utils.db
