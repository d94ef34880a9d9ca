"""Progress details in the interface language.

The jobs below the GUI (export, import, report, aggregation) report progress as short English
details (``jobs.Progress``: ``progress(fraction, message)``): the command line prints them as they
are. Each detail is a fixed code, or a code and one argument ("read <file name>", "reading <n>
files"); this module reads that structure back and gives the interface's words for it, so the
progress dialog says "lu gha2025_38.xlsx" in French. A detail it does not know is shown as it
came (never dropped).
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Progress"

# the fixed details of every job the window runs, as the jobs write them
FIXED = {
    # exchange.export
    "preparing the workbook": QT_TRANSLATE_NOOP("Progress", "preparing the workbook"),
    "writing answers": QT_TRANSLATE_NOOP("Progress", "writing answers"),
    "writing scores": QT_TRANSLATE_NOOP("Progress", "writing scores"),
    "saving": QT_TRANSLATE_NOOP("Progress", "saving"),
    "saved": QT_TRANSLATE_NOOP("Progress", "saved"),
    # exchange.importer
    "checking the file": QT_TRANSLATE_NOOP("Progress", "checking the file"),
    "reading answers": QT_TRANSLATE_NOOP("Progress", "reading answers"),
    "checking values": QT_TRANSLATE_NOOP("Progress", "checking values"),
    "read": QT_TRANSLATE_NOOP("Progress", "read"),
    # services.reports, reports.pdf, reports.aggregate
    "reading": QT_TRANSLATE_NOOP("Progress", "reading the answers"),
    "charts": QT_TRANSLATE_NOOP("Progress", "drawing the charts"),
    "map": QT_TRANSLATE_NOOP("Progress", "drawing the map"),
    "html": QT_TRANSLATE_NOOP("Progress", "composing the pages"),
    "layout": QT_TRANSLATE_NOOP("Progress", "laying out the pages"),
    "pdf": QT_TRANSLATE_NOOP("Progress", "writing the PDF file"),
    "pages": QT_TRANSLATE_NOOP("Progress", "numbering the pages of the contents"),  # reports.docx
    "docx": QT_TRANSLATE_NOOP("Progress", "writing the Word file"),  # reports.docx
    # exchange.aggregate
    "writing the consolidated workbook": QT_TRANSLATE_NOOP("Progress", "writing the consolidated workbook"),
    "writing the PDF summary": QT_TRANSLATE_NOOP("Progress", "writing the PDF summary"),
    "writing the analyst files": QT_TRANSLATE_NOOP("Progress", "writing the analyst files"),
    "done": QT_TRANSLATE_NOOP("Progress", "done"),
    # exchange.xlsform, exchange.submissions, exchange.institution_form
    "making the forms": QT_TRANSLATE_NOOP("Progress", "making the forms"),
    "writing the form": QT_TRANSLATE_NOOP("Progress", "writing the form"),
    "checking the form with pyxform": QT_TRANSLATE_NOOP("Progress", "checking the form with pyxform"),
    "writing the questions": QT_TRANSLATE_NOOP("Progress", "writing the questions"),
    "reading the export": QT_TRANSLATE_NOOP("Progress", "reading the submissions"),
    "reading the repeat groups": QT_TRANSLATE_NOOP("Progress", "reading the repeated rows"),
    "written": QT_TRANSLATE_NOOP("Progress", "written"),
}

# the details with an argument: (pattern, the interface's text with %1 for the argument)
WITH_ARGUMENT = (
    (re.compile(r"read (?P<arg>.+)"), QT_TRANSLATE_NOOP("Progress", "read %1")),  # a file read
)
# "reading <n> files": a count, translated with its plural
READING_FILES = re.compile(r"reading (?P<n>\d+) files?")
# a bare file name (the file a job is writing): shown as it is, in every language
FILE_NAME = re.compile(r"[\w.-]+\.(?:json|xlsx|pdf|csv|png|svg)")


def known(message: str) -> bool:
    """Whether ``message`` is a detail this module translates (or a file name, shown as it is)."""
    return (message in FIXED or READING_FILES.fullmatch(message) is not None
            or FILE_NAME.fullmatch(message) is not None
            or any(p.fullmatch(message) for p, _t in WITH_ARGUMENT))


def translated(message: str) -> str:
    """``message`` (a job's English progress detail) in the interface language."""
    message = (message or "").strip()
    if not message:
        return ""
    if message in FIXED:
        return QCoreApplication.translate(CONTEXT, str(FIXED[message]))
    m = READING_FILES.fullmatch(message)
    if m is not None:
        n = m.group("n")
        if n == "1":
            return QCoreApplication.translate("Progress", "reading one file")
        return QCoreApplication.translate("Progress", "reading %1 files").replace("%1", n)
    for pattern, text in WITH_ARGUMENT:
        m = pattern.fullmatch(message)
        if m is not None:
            return QCoreApplication.translate(CONTEXT, str(text)).replace("%1", m.group("arg"))
    return message


__all__ = ["known", "translated"]
