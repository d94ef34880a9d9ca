"""Writing output files (workbooks, reports): readable refusals when the disk says no."""
from __future__ import annotations

import errno
from pathlib import Path


class OutputError(Exception):
    """An output file could not be written; the message names the file and the reason."""

    user_error = True


def output_error(path, exc: OSError, what: str = "the file") -> OutputError:
    """Turn an OSError raised while writing ``path`` into a message meant for a person."""
    path = Path(path)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "no permission to write there"
    elif exc.errno == errno.ENOENT:
        reason = "the folder does not exist"
    else:
        reason = exc.strerror or str(exc)
    return OutputError(f"{path}: {reason}; {what} was not written")
