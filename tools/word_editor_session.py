"""A ministry editor's session on the Word report, through LibreOffice Writer's UNO bridge:
the document opened in Writer, changes recorded (Edit › Track Changes › Record), a sentence typed at
the end of the first long paragraph after a heading, a word of the next long paragraph deleted, the
contents updated, saved as .docx and printed to PDF (no comment: see :func:`edit`). Run with the
system Python that has LibreOffice's ``uno`` module (Debian: python3-uno):

    python3 tools/word_editor_session.py SRC.docx OUT.docx OUT.pdf HEADING SENTENCE AUTHOR PROFILE PORT

Prints one line: the number of tracked changes the saved document holds, as Writer counts them. The installed LibreOffice may be the "nogui" build (Debian's libreoffice-*-nogui,
this machine's), which cannot open a window for xdotool to type into: the bridge does the editor's
keystrokes (the text cursor's insertString is what typing does) in the same Writer, headless."""
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


def sign_as(ctx, author):
    """Writer's user name (Tools > Options > User Data): the author of the recorded changes."""
    provider = ctx.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
    data = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                                (pv("nodepath", "/org.openoffice.UserProfile/Data"),))
    first, _, last = author.partition(" ")
    data.setPropertyValue("givenname", first)
    data.setPropertyValue("sn", last)
    data.commitChanges()


def edit(doc, heading, sentence):
    """The editor's changes after ``heading``, recorded: a sentence typed at the end of the first
    long paragraph and the first word of the next one deleted; the contents updated. Returns
    whether the heading was found."""
    paragraphs = []
    enum = doc.Text.createEnumeration()
    while enum.hasMoreElements():
        para = enum.nextElement()
        if para.supportsService("com.sun.star.text.Paragraph"):
            paragraphs.append(para)
    at = next((i for i, p in enumerate(paragraphs)
               if p.getString().strip() == heading and p.ParaStyleName.startswith("Heading")), None)
    if at is None:
        return False
    # no comment: inserting one (text.textfield.Annotation) makes the headless Writer of LibreOffice
    # 7.4 crash at its next call (its comments' margin is a window the nogui build has not); the
    # editor's changes are recorded instead, as a clearance chain reads them
    long_ones = [p for p in paragraphs[at + 1:] if len(p.getString()) > 150][:2]
    doc.RecordChanges = True  # Edit > Track Changes > Record
    if long_ones:
        cursor = long_ones[0].getText().createTextCursorByRange(long_ones[0].getEnd())
        long_ones[0].getText().insertString(cursor, " " + sentence, False)  # typed at the paragraph's end
    if len(long_ones) > 1:
        cursor = long_ones[1].getText().createTextCursorByRange(long_ones[1].getStart())
        cursor.gotoEndOfWord(True)  # the next paragraph's first word, deleted
        cursor.setString("")
    doc.RecordChanges = False
    # the contents updated (Tools > Update > Update All), not an editor's change to record
    indexes = doc.getDocumentIndexes()
    for i in range(indexes.getCount()):
        indexes.getByIndex(i).update()
    return True


def main(src, dst_docx, dst_pdf, heading, sentence, author, profile, port):
    accept = f"socket,host=127.0.0.1,port={port};urp;"
    proc = subprocess.Popen(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                             f"--accept={accept}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ctx = connect(accept)
        sign_as(ctx, author)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (pv("Hidden", True),))
        found = edit(doc, heading, sentence)
        doc.storeToURL(uno.systemPathToFileUrl(dst_docx), (pv("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        # printed as the editor prints the file saved: opened again from the .docx
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(dst_docx), "_blank", 0, (pv("Hidden", True),))
        doc.storeToURL(uno.systemPathToFileUrl(dst_pdf), (pv("FilterName", "writer_pdf_Export"),))
        print(f"heading found: {found}; tracked changes: {doc.getRedlines().getCount()}")
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
    main(*sys.argv[1:9])
