"""LibreOffice started headless with a profile of its own and reached through its UNO bridge, for the
scripts that edit or update a document as a person would (lo_edit_docx.py beside this file,
tests/exchange/lo_delete_row.py). Imported by those scripts only, under the system Python that has
LibreOffice's ``uno`` module, never by the suite itself."""
import subprocess
import time
from contextlib import contextmanager

import uno
from com.sun.star.beans import PropertyValue


def pv(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def _connect(accept):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(480):
        try:
            return resolver.resolve(f"uno:{accept}StarOffice.ComponentContext")
        except Exception:  # noqa: BLE001 - not listening yet
            time.sleep(0.25)
    raise SystemExit("LibreOffice did not start")


@contextmanager
def office(profile, port):
    """The Desktop of a LibreOffice started for the caller (user profile ``profile``, listening on
    ``port`` of the loopback); asked to quit on leaving, killed if it has not."""
    accept = f"socket,host=127.0.0.1,port={port};urp;"
    proc = subprocess.Popen(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                             f"--accept={accept}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ctx = _connect(accept)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        yield desktop
        try:
            desktop.terminate()
        except Exception:  # noqa: BLE001 - the bridge closes as LibreOffice quits
            pass
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()


def load_hidden(desktop, path):
    """The document at ``path``, opened without a window."""
    return desktop.loadComponentFromURL(uno.systemPathToFileUrl(str(path)), "_blank", 0, (pv("Hidden", True),))
