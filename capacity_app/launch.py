"""The ``capacity-app`` entry point. Starting the desktop application is the common case and must be
quick, so ``capacity-app [--db FILE] [gui [--exit-after-show]]`` is recognised here without loading
the command-line framework (click costs about 30 ms); every other command line goes to
:mod:`capacity_app.cli`, which also answers ``--help``."""
from __future__ import annotations

import os
import sys


def _gui_arguments(argv: list[str]) -> tuple[str | None, bool] | None:
    """(db, exit_after_show) when ``argv`` only starts the GUI, else None."""
    db = None
    args = list(argv)
    if args and args[0].startswith("--db="):
        db = args.pop(0)[len("--db="):]
    elif len(args) >= 2 and args[0] == "--db":
        db = args[1]
        args = args[2:]
    if db is not None and (not db or db.startswith("-")):
        return None  # let click explain the mistake
    if args == [] or args == ["gui"]:
        return db, False
    if args == ["gui", "--exit-after-show"]:
        return db, True
    return None


def no_display_message(environ=None, platform: str | None = None) -> str | None:
    """One line saying that the window cannot be shown, or None. Qt would otherwise abort with a
    paragraph about the xcb platform plugin on a Linux machine with no display (a server, an SSH
    session). Choosing a platform yourself (``QT_QPA_PLATFORM=offscreen``) skips the check."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "cygwin", "darwin") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("capacity-app: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window "
            "cannot open; every other command works without one (capacity-app --help).")


def _frozen_setup() -> None:
    """In the standalone bundle (PyInstaller, see packaging/): fontconfig reads the bundle's own
    configuration, which adds the bundled fonts to the system's (when it has any); the library
    path the bundle's launcher set for this process (LD_LIBRARY_PATH, read once by the dynamic
    loader at start) is put back as it was, so that the programs the application opens (a PDF
    viewer, a file manager) load the system's libraries, not the bundle's."""
    root = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not root:
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
    conf = os.path.join(root, "fonts.conf")
    if os.path.isfile(conf):
        os.environ.setdefault("FONTCONFIG_FILE", conf)


def undecodable_argument(argv: list[str]) -> str | None:
    """One line naming the first argument that is not UTF-8 text (Python keeps such bytes as
    lone surrogates, which fail later, wherever the text is first written), or None."""
    for number, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            return (f"capacity-app: argument {number} ({shown}) is not valid UTF-8 text; "
                    f"check the terminal's encoding")
    return None


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    refused = undecodable_argument(argv)
    if refused is not None:
        print(refused, file=sys.stderr)
        sys.exit(2)
    _frozen_setup()
    if sys.platform == "win32":  # the workers end with this process, however it ends (processes.py)
        from .processes import bind_workers_to_this_process

        bind_workers_to_this_process()
    parsed = _gui_arguments(argv)
    if parsed is None:
        from .cli import main as cli_main  # click (about 30 ms): not for the window

        cli_main(args=argv, prog_name="capacity-app")
        return
    message = no_display_message()
    if message is not None:
        print(message, file=sys.stderr)
        sys.exit(2)
    db, exit_after_show = parsed
    db = db or os.environ.get("CAPACITY_APP_DB") or None
    # Start-up allocates hundreds of thousands of objects that all live until exit (modules, Qt
    # wrappers, enums); collecting cycles among them is wasted work (about 6 ms). run_gui freezes
    # them and switches the collector back on once the window is on screen.
    import gc

    gc.disable()
    try:
        from .gui.window.app import run_gui  # PySide6: after the display check above

        code = run_gui(db, exit_after_show=exit_after_show)
    except KeyboardInterrupt:
        print("capacity-app: interrupted", file=sys.stderr)
        code = 130
    except Exception as exc:  # noqa: BLE001 - one readable line, the traceback goes to errors.log
        from .cli import report_error  # click: only when the window failed to start

        code = report_error(exc)
        sys.exit(code)
    _leave(code)


def _leave(code: int) -> None:
    """End the GUI process without the interpreter's teardown: freeing every Qt wrapper and module
    one by one takes about 30 ms that the operating system does at once. By the time ``run_gui``
    returns the store is closed (committed, checkpointed), settings are synced and background work
    is stopped; the registered exit functions (logging, temporary files, multiprocessing) still run."""
    import atexit

    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_functions is None:  # another Python implementation: the ordinary way out
        sys.exit(code)
    try:
        run_exit_functions()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError, AttributeError):
                pass
        os._exit(code)
