"""Delete one row of a sheet in LibreOffice Calc through its UNO bridge and save as .xlsx, as a
person editing the workbook would. Run with the system Python that has LibreOffice's ``uno``
module: ``python3 lo_delete_row.py SRC DST SHEET ROW_INDEX PROFILE_DIR PORT``. LibreOffice is
started and reached through tests/reports/lo_bridge.py, as the Word scripts there are."""
import sys
from pathlib import Path

import uno

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from lo_bridge import office, pv  # found beside the Word scripts, once the path holds them


def main(src, dst, sheet, row, profile, port):
    with office(profile, port) as desktop:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (pv("Hidden", True),))
        doc.Sheets.getByName(sheet).Rows.removeByIndex(int(row), 1)
        doc.storeToURL(uno.systemPathToFileUrl(dst), (pv("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)


if __name__ == "__main__":
    main(*sys.argv[1:7])
