"""Edit the Word report in LibreOffice Writer through its UNO bridge, as a ministry editor would:
rewrite the summary's first long paragraph, update the table of contents, save as .docx and print
to PDF. Run with the system Python that has LibreOffice's ``uno`` module:
``python3 lo_edit_docx.py SRC DST_DOCX DST_PDF HEADING NEW_TEXT PROFILE_DIR PORT``; prints the
number of document indexes updated."""
import sys

import uno
from lo_bridge import load_hidden, office, pv


def main(src, dst_docx, dst_pdf, heading, new_text, profile, port):
    with office(profile, port) as desktop:
        doc = load_hidden(desktop, src)
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


if __name__ == "__main__":
    main(*sys.argv[1:8])
