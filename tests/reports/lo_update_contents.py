"""Update the Word report's table of contents in LibreOffice Writer, as Tools > Update > Update All
does, through its UNO bridge. Run with the system Python that has LibreOffice's ``uno``
module: ``python3 lo_update_contents.py SRC PROFILE_DIR PORT``; prints one JSON object: the lines of
each of the document's indexes before and after the update (``{"before": [[...]], "after": [[...]]}``),
each line as Writer holds it: its paragraph style and its text (the entry, a tab, its page)."""
import json
import sys

from lo_bridge import load_hidden, office


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
    with office(profile, port) as desktop:
        doc = load_hidden(desktop, src)
        indexes = doc.getDocumentIndexes()
        found = [indexes.getByIndex(i) for i in range(indexes.getCount())]
        before = [lines(x) for x in found]
        for x in found:
            x.update()
        after = [lines(x) for x in found]
        print(json.dumps({"before": before, "after": after}, ensure_ascii=False))
        doc.close(True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
