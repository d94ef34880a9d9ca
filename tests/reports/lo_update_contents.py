"""Update the Word report's table of contents in LibreOffice Writer, as Tools > Update > Update All
does, through its UNO bridge (issue 62). Run with the system Python that has LibreOffice's ``uno``
module: ``python3 lo_update_contents.py SRC PROFILE_DIR PORT``; prints one JSON object: the lines of
each of the document's indexes before and after the update (``{"before": [[...]], "after": [[...]]}``),
each line as Writer holds it: its paragraph style and its text (the entry, a tab, its page)."""
import json
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def pv(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(accept):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(480):
        try:
            return resolver.resolve(f"uno:{accept}StarOffice.ComponentContext")
        except Exception:  # noqa: BLE001 - not listening yet
            time.sleep(0.25)
    raise SystemExit("LibreOffice did not start")


def lines(index):
    """[style, text] of each paragraph of ``index``."""
    out = []
    paragraphs = index.getAnchor().createEnumeration()
    while paragraphs.hasMoreElements():
        para = paragraphs.nextElement()
        if para.supportsService("com.sun.star.text.Paragraph"):
            out.append([para.ParaStyleName, para.getString()])
    return out


def main(src, profile, port):
    accept = f"socket,host=127.0.0.1,port={port};urp;"
    proc = subprocess.Popen(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                             f"--accept={accept}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ctx = connect(accept)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (pv("Hidden", True),))
        indexes = doc.getDocumentIndexes()
        found = [indexes.getByIndex(i) for i in range(indexes.getCount())]
        before = [lines(x) for x in found]
        for x in found:
            x.update()
        after = [lines(x) for x in found]
        print(json.dumps({"before": before, "after": after}, ensure_ascii=False))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:  # noqa: BLE001 - the bridge closes as LibreOffice quits
            pass
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()


if __name__ == "__main__":
    main(*sys.argv[1:4])
