"""Edit the Word report in LibreOffice Writer through its UNO bridge, as a ministry editor would:
rewrite the summary's first long paragraph, update the table of contents, save as .docx and print
to PDF. Run with the system Python that has LibreOffice's ``uno`` module:
``python3 lo_edit_docx.py SRC DST_DOCX DST_PDF HEADING NEW_TEXT PROFILE_DIR PORT``; prints the
number of document indexes updated."""
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


def main(src, dst_docx, dst_pdf, heading, new_text, profile, port):
    accept = f"socket,host=127.0.0.1,port={port};urp;"
    proc = subprocess.Popen(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                             f"--accept={accept}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve(f"uno:{accept}StarOffice.ComponentContext")
                break
            except Exception:  # noqa: BLE001 - not listening yet
                time.sleep(0.25)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (pv("Hidden", True),))
        seen = False
        paragraphs = doc.Text.createEnumeration()
        while paragraphs.hasMoreElements():
            para = paragraphs.nextElement()
            if not para.supportsService("com.sun.star.text.Paragraph"):
                continue
            if para.getString() == heading and para.ParaStyleName.startswith("Heading"):
                seen = True
            elif seen and len(para.getString()) > 150:
                para.setString(new_text)
                break
        indexes = doc.getDocumentIndexes()
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()
        doc.storeToURL(uno.systemPathToFileUrl(dst_docx), (pv("FilterName", "MS Word 2007 XML"),))
        doc.storeToURL(uno.systemPathToFileUrl(dst_pdf), (pv("FilterName", "writer_pdf_Export"),))
        print(indexes.getCount())
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
    main(*sys.argv[1:8])
