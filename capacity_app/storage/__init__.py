"""Storage: the SQLite store (sqlite-utils), schema migrations, lock and backups."""
import sys


def _import_sqlite_utils_lightly() -> None:
    """sqlite-utils imports pandas and numpy (about 0.4 s) only to accept their types in inserts,
    which this application never passes. Hide them while it loads so start-up stays quick; they
    stay importable afterwards (reports and aggregation may use them)."""
    if "sqlite_utils.db" in sys.modules:
        return
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # makes "import name" raise ImportError
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


_import_sqlite_utils_lightly()
