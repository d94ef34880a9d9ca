"""Writing output files (workbooks, reports): readable refusals when the disk says no."""
from __future__ import annotations

import errno
import os
import sys
from dataclasses import dataclass
from pathlib import Path


class OutputError(Exception):
    """An output file could not be written; the message names the file and the reason."""

    user_error = True
    reason = ""  # why, without the file's name (set by output_error)


def write_reason(exc: OSError) -> str:
    """Why the operating system refused a write, in words a person can act on (every write path
    says it so: an output, a backup, a restore)."""
    if is_sharing_violation(exc):  # Windows reports it as EACCES: not a question of permission
        return "the file is open in another program (close it there, then try again)"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno == errno.EFBIG:
        return "the file would be larger than this system allows (a file-size limit)"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "no permission to write there"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    return exc.strerror or str(exc)


def refused_output(path, reason: str, what: str = "the file", *, plural: bool = False) -> OutputError:
    """The one line of an output not written: ``path``, why (``reason``, kept apart as the error's
    ``reason``) and which output (``what``; ``plural`` when it names several files, "the forms")."""
    error = OutputError(f"{Path(path)}: {reason}; {what} {'were' if plural else 'was'} not written")
    error.reason = reason
    return error


def output_error(path, exc: OSError, what: str = "the file", *, plural: bool = False) -> OutputError:
    """Turn an OSError raised while writing ``path`` into a message meant for a person."""
    return refused_output(path, write_reason(exc), what, plural=plural)


def remove_stale_parts(path: Path) -> None:
    """Remove the temporary files (``.<name>.<random>.part``) that an earlier write of ``path``
    killed half-way left beside it; nothing is said of one that cannot be removed, nor of a
    folder that cannot be read (the write that follows says what is wrong)."""
    import glob

    try:
        for stale in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
            try:
                stale.unlink()
            except OSError:
                pass
    except OSError:
        pass


def replace_atomically(build, out_path, what: str = "the file", *, mode: int | None = None) -> Path:
    """Run ``build(tmp_path)`` on a temporary file next to ``out_path``, fsync it, then
    ``os.replace`` it onto ``out_path``: a failure or a cancel never leaves a half-written file.
    OSErrors become an :class:`OutputError` naming the file and the reason. ``mode``: the file's
    permissions (default: those any new file of the user gets)."""
    import os
    import tempfile

    out_path = Path(out_path)
    check_output_target(out_path, what)
    remove_stale_parts(out_path)
    try:
        fd, tmp = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.", suffix=".part")
    except OSError as exc:
        raise output_error(out_path, exc, what) from None
    os.close(fd)
    try:
        build(tmp)
        # mkstemp creates the file 0600: an output gets the mode any new file of the user gets
        # (0644 with the usual umask), so that others sharing the folder can read it
        os.chmod(tmp, new_file_mode() if mode is None else mode)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        check_output_target(out_path, what)  # nothing put there while the output was built
        replace_file(tmp, out_path)
    except BaseException as exc:
        disk = disk_error(exc)
        if disk is not None:
            _release_writers(exc)
        if os.path.exists(tmp):
            os.unlink(tmp)
        if disk is not None:
            raise output_error(out_path, disk, what) from None
        raise
    return out_path


# --- replacing and locking as each platform does them ---------------------------------

# Windows refuses to replace (MoveFileExW) or remove a file that another process holds open without
# FILE_SHARE_DELETE: ERROR_ACCESS_DENIED (5), ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION
# (33). An antivirus scanner or the search indexer reading the file just written holds it for a
# moment; a spreadsheet program showing the workbook holds it until it is closed.
_SHARING_ERRORS = frozenset({5, 32, 33})
REPLACE_ATTEMPTS = 10  # waits of 0.05, 0.10, ... 0.45 s between them: 2.25 s in all


def is_sharing_violation(exc: BaseException) -> bool:
    """Whether ``exc`` is Windows refusing because another process has the file open (its
    ``winerror``; an OSError raised on another system has none)."""
    return isinstance(exc, OSError) and getattr(exc, "winerror", None) in _SHARING_ERRORS


def replace_file(src, dst, *, attempts: int = REPLACE_ATTEMPTS, replace=os.replace, sleep=None) -> None:
    """``os.replace(src, dst)`` (atomic on POSIX and on NTFS), tried again while Windows says the
    target is held open by another process (:func:`is_sharing_violation`); any other error, or the
    last attempt's, is raised as it came."""
    if sleep is None:
        import time

        sleep = time.sleep
    for attempt in range(1, attempts + 1):
        try:
            replace(src, dst)
            return
        except OSError as exc:
            if attempt == attempts or not is_sharing_violation(exc):
                raise
            sleep(0.05 * attempt)


# Windows byte-range locks are mandatory: another process cannot read a locked byte. The lock is
# taken on one byte far past any content (a lock may lie beyond the end of the file), so that the
# file's text (the holder's process id) stays readable to the process that is refused.
WINDOWS_LOCK_OFFSET = 0x7FFFFFFE


def lock_exclusive(fd: int) -> None:
    """An exclusive lock on the open file ``fd``, without waiting: ``fcntl.flock`` on POSIX,
    ``msvcrt.locking`` of the byte at :data:`WINDOWS_LOCK_OFFSET` on Windows. Raises OSError when
    another process (or, with flock, another open of the file) holds it. Released by
    :func:`unlock` or by closing ``fd``."""
    if sys.platform == "win32":
        _windows_locking(fd, unlock=False)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def unlock(fd: int) -> None:
    """Release :func:`lock_exclusive`'s lock on ``fd``."""
    if sys.platform == "win32":
        _windows_locking(fd, unlock=True)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _windows_locking(fd: int, unlock: bool) -> None:  # pragma: no cover - Windows only
    import msvcrt

    position = os.lseek(fd, 0, os.SEEK_CUR)  # msvcrt.locking locks from the current position
    os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_UNLCK if unlock else msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    finally:
        os.lseek(fd, position, os.SEEK_SET)


def disk_error(exc: BaseException) -> OSError | None:
    """The operating system's refusal behind ``exc``: ``exc`` itself when it is an OSError, one
    it was raised from, or the error a serialiser reports by its errno's name (lxml, under
    openpyxl: ``SerialisationError('IO_EFBIG')`` on a file-size limit, ``IO_ENOSPC`` on a full
    disk); None for any other failure (every write path says so in one line)."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 8:
        if isinstance(current, OSError):
            return current
        text = str(current)
        if text.startswith("IO_E") and text[3:].isalnum() and isinstance(getattr(errno, text[3:], None), int):
            code = getattr(errno, text[3:])
            return OSError(code, os.strerror(code))
        current = current.__cause__ or current.__context__
        seen += 1
    return None


def check_output_target(out_path, what: str = "the file") -> None:
    """Refuse an output path that is not a regular file or a new name: a symbolic link (replacing
    it would cut the link, or write where it points), a folder, a device, a FIFO or a socket."""
    import os
    import stat

    out_path = Path(out_path)
    try:
        st = os.lstat(out_path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise output_error(out_path, exc, what) from None
    if stat.S_ISLNK(st.st_mode):
        kind = "a symbolic link"
    elif stat.S_ISDIR(st.st_mode):
        kind = "a folder"
    elif stat.S_ISREG(st.st_mode):
        return
    elif stat.S_ISFIFO(st.st_mode):
        kind = "a FIFO (named pipe)"
    elif stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
        kind = "a device"
    else:
        kind = "a special file"
    raise refused_output(out_path, f"is {kind}, not a file an output may replace", what)


def new_file_mode() -> int:
    """The permissions any new file of the user gets (0644 with the usual umask): what a file
    written through a private temporary file (0600) is given before it takes its place."""
    return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask: from /proc on Linux, else by setting it and putting it back (Python
    3.11 has no getter; the swap is a moment in which another thread's new file gets 022)."""
    import os

    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _release_writers(exc: BaseException) -> None:
    """A writer that failed half-way (openpyxl on a full disk) can leave its zip archive open in
    the frames of the traceback; when that object is freed later, closing it fails again and
    Python prints "Exception ignored in ZipFile.__del__" on stderr. Free those frames now, with
    that second report of the same disk error silenced: the person gets one readable line."""
    import sys
    import traceback

    hook = sys.unraisablehook

    def quiet(unraisable):
        if unraisable.exc_value is None or disk_error(unraisable.exc_value) is None:
            hook(unraisable)

    sys.unraisablehook = quiet
    try:
        traceback.clear_frames(exc.__traceback__)
        import gc

        gc.collect()  # a writer's generator in a reference cycle (openpyxl's sheet writer) closes here
    finally:
        sys.unraisablehook = hook


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would end the process there: treat every owner as alive
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: someone else's live process
        return True
    return True


def process_folder(prefix: str) -> Path:
    """A new temporary folder named ``<prefix><pid>-<random>``: :func:`remove_stale_folders` of a
    later process removes it when this one was killed before it could."""
    import tempfile

    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-"))


def remove_stale_folders(prefix: str, folder: str | Path | None = None) -> int:
    """Remove the temporary folders ``<prefix><pid>-*`` whose process is gone; the number removed."""
    import shutil
    import tempfile

    removed = 0
    for d in Path(folder or tempfile.gettempdir()).glob(f"{prefix}*-*"):
        pid = d.name[len(prefix):].split("-", 1)[0]
        if d.is_dir() and pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(d, ignore_errors=True)
            removed += not d.exists()
    return removed


# --- reading files from outside -------------------------------------------------------

class InputFileError(Exception):
    """A file from outside refused before its content is read: ``reason`` is one readable phrase
    (not a regular file, too large, cannot be read)."""

    user_error = True

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")

    def __reduce__(self):  # sent back whole from a reading process
        return (InputFileError, (self.path, self.reason))


def _kind(mode: int) -> str:
    import stat

    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def open_regular(path, limit: int | None = None):
    """The file at ``path`` opened once for reading (binary), checked with ``fstat`` on what was
    opened to be a regular file of at most ``limit`` bytes: a FIFO is opened without waiting for a
    writer (O_NONBLOCK) and refused, a device, a folder or a socket refused, whatever link or name
    led to it. Raises :class:`InputFileError`. Every path the application reads from outside goes
    through here (:func:`read_regular`): questionnaire files and their includes, translations,
    workbooks, packages, attachments."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputFileError(path, "no such file") from None
    except IsADirectoryError:
        raise InputFileError(path, "is a folder, not a file") from None
    except OSError as exc:
        raise InputFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        problem = _stat_problem(os.fstat(fd), limit)
        if problem is not None:
            raise InputFileError(path, problem)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def unreadable_reason(path, limit: int) -> str | None:
    """What :func:`open_regular` would refuse in the file at ``path``, looked at without opening
    it (a named pipe, a device, a folder, over ``limit`` bytes), or None (also when there is no
    file): for a file another library opens and reads whole itself (Qt's preferences file), said
    before that library waits on it."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return _stat_problem(st, limit)


def _stat_problem(st: os.stat_result, limit: int | None) -> str | None:
    """Why a file of status ``st`` is not read as a file from outside: not a regular file, or over
    ``limit`` bytes; None when it is read."""
    import stat

    if not stat.S_ISREG(st.st_mode):
        return f"is {_kind(st.st_mode)}, not a regular file"
    if limit is not None and st.st_size > limit:
        return f"is too large ({_size(st.st_size)}; the limit is {_size(limit)})"
    return None


def open_own(path, flags: int, mode: int = 0o666) -> int:
    """A descriptor of the application's own file at ``path`` (a lock, a log, a marker), opened
    with ``flags`` and created (``mode``) when missing: never through a symbolic link, without waiting (a
    named pipe in its place is not waited on), and only when what was opened is a regular file
    with no other name (writing into it must not change another file). Raises OSError whose
    ``strerror`` says why in words."""
    import stat

    extra = os.O_CREAT | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags | extra, mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OSError(errno.ELOOP, "a symbolic link, not a regular file") from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        if st.st_nlink > 1:
            raise OSError(errno.EINVAL, "a file with other names (hard links)")
        if getattr(os, "O_NONBLOCK", 0):  # opened without waiting; read and written as a file
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path, limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (:func:`open_regular`), at most ``limit``: a file
    that grows past it while it is read is refused too."""
    with open_regular(path, limit) as fh:
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise InputFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputFileError(path, f"is too large (more than {_size(limit)})")
    return data


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"


# --- zip archives from outside, bounded before they are read -----------------

DIRECTORY_ENTRY_MAX = 1024  # bytes of one member's entry in the zip directory (46 + name + extra + comment)
_EOCD = b"PK\x05\x06"
_EOCD64 = b"PK\x06\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"


def zip_directory_problem(fh, size: int, max_members: int) -> str | None:
    """Why the zip archive open in ``fh`` (``size`` bytes) is refused from its end-of-central-
    directory record alone (and the zip64 one when it points to it), before a single entry of its
    member list is read: more members than ``max_members``, a member list larger than that many
    entries take, or one that lies outside the file; None when the records are within bounds (or
    missing: zipfile then says the archive is damaged). Reading the member list of a small file
    with millions of entries took 18 s and 0.8 GB before its count was checked."""
    import struct

    tail = min(size, 22 + 65_535)
    try:
        fh.seek(size - tail)
        end = fh.read(tail)
    except (OSError, ValueError):
        return None
    at = end.rfind(_EOCD)
    if at < 0 or len(end) - at < 22:
        return None
    entries, directory, offset = struct.unpack("<HII", end[at + 10:at + 20])  # total entries, size, offset
    if entries == 0xFFFF or directory == 0xFFFFFFFF or offset == 0xFFFFFFFF:
        locator = end[at - 20:at] if at >= 20 else b""
        if locator[:4] == _EOCD64_LOCATOR:
            (record_at,) = struct.unpack("<Q", locator[8:16])
            try:
                fh.seek(record_at)
                record = fh.read(56)
            except (OSError, ValueError, OverflowError):
                record = b""
            if len(record) == 56 and record[:4] == _EOCD64:
                entries, directory, offset = struct.unpack("<QQQ", record[32:56])
    if entries > max_members:
        return f"too many members ({entries}; the limit is {max_members})"
    if directory > max_members * DIRECTORY_ENTRY_MAX:
        return (f"its member list takes {directory} bytes, more than {max_members} members take "
                "(too many members, or damaged)")
    if directory > size or offset > size:
        return "the archive is damaged or truncated (its member list lies outside the file)"
    return None

# how a member of a zip from outside may be compressed: stored or deflated, as Excel, LibreOffice,
# ODK Central and this application write them. zipfile inflates bzip2 and LZMA members in one call
# with no bound on what it makes (785 bytes of bzip2 make 1 GB): such a member is refused unread
_ZIP_METHODS = frozenset({0, 8})  # stored, deflated
_ZIP_METHOD_NAMES = {12: "bzip2", 14: "LZMA", 9: "deflate64", 93: "Zstandard", 95: "XZ", 98: "PPMd"}


def zip_method_problem(info) -> str | None:
    """Why zip member ``info`` is refused for how it is compressed, or None (stored or deflated)."""
    if info.compress_type in _ZIP_METHODS:
        return None
    method = _ZIP_METHOD_NAMES.get(info.compress_type, f"method {info.compress_type}")
    return f"{info.filename[:80]} is compressed with {method}, which this application does not unpack (only stored or deflate)"


@dataclass(frozen=True)
class ZipBounds:
    """What a zip archive from outside may unpack to: its members, one member and all of them
    decompressed, and the compression ratio of a member above ``ratio_floor`` bytes."""

    max_members: int
    max_member: int
    max_total: int
    max_ratio: float = 100.0
    ratio_floor: int = 1024 * 1024


def zip_problem(data: bytes, bounds: ZipBounds) -> str | None:
    """Why the zip archive ``data`` is refused, in words a person can act on, or None: its end
    records (:func:`zip_directory_problem`), then every member's declared size, their total and
    compression ratio, encryption; then every member decompressed with a byte counter and its CRC
    checked (zipfile inflates no more than a member declares: a lying header ends in a CRC that
    does not match, or fewer bytes than declared). Nothing is kept:
    a refused archive costs the time and memory of its bytes read, never of what it would unpack to."""
    import io
    import zipfile
    import zlib

    if not data.startswith(b"PK"):
        return "not a zip archive"
    problem = zip_directory_problem(io.BytesIO(data), len(data), bounds.max_members)
    if problem:
        return problem
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError) as exc:
        return f"the archive is damaged or truncated (zip: {exc})"
    with zf:
        infos = zf.infolist()
        if len(infos) > bounds.max_members:
            return f"too many members ({len(infos)}; the limit is {bounds.max_members})"
        total = 0
        for i in infos:
            method = zip_method_problem(i)
            if method:
                return method
            if i.flag_bits & 0x1:
                return f"member {i.filename[:80]} is encrypted"
            if i.file_size > bounds.max_member:
                return (f"member {i.filename[:80]} is too large when decompressed ({_size(i.file_size)}; "
                        f"the limit is {_size(bounds.max_member)}: possible zip bomb)")
            if i.file_size > bounds.ratio_floor and i.file_size > bounds.max_ratio * max(i.compress_size, 1):
                return (f"member {i.filename[:80]} is compressed {i.file_size / max(i.compress_size, 1):.0f} times "
                        f"(the limit is {bounds.max_ratio:.0f}: possible zip bomb)")
            total += i.file_size
            if total > bounds.max_total:
                return f"it would decompress to more than {_size(bounds.max_total)} (possible zip bomb)"
        for i in infos:
            try:
                n = _inflated_size(zf, i, bounds.max_member)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
                return f"the archive is damaged (member {i.filename[:80]}: {exc})"
            if n != i.file_size:
                return (f"member {i.filename[:80]} decompresses to "
                        + ("more than it declares (possible zip bomb)" if n > i.file_size else "less than it declares"))
    return None


def _inflated_size(zf, info, limit: int) -> int:
    """The bytes ``info`` decompresses to, counted a chunk at a time and stopped one chunk past its
    declared size (or ``limit``); its CRC checked by zipfile when it ends where it declared."""
    n = 0
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(256 * 1024)
            if not chunk:
                return n
            n += len(chunk)
            if n > info.file_size or n > limit:
                return n
