"""Service messages in the interface language.

The services, the storage and the workbook reader refuse with one English line that names where and
why ("<file>: Metadata!B5: questionnaire version 0.1.0 cannot be imported: …"; "backup folder <path>:
Permission denied"): the command line prints it as it is. As ``progress_text`` does for progress
details, this module reads that structure back and gives the interface's words for the reason: the
names in front (a file, a sheet and cell, an answer key) stay as they are, the reason is translated
with its arguments, and the operating system's own reasons (``strerror``) too. A reason it does not
know is shown as it came (never dropped); ``tests/gui/test_service_text.py`` walks the window's
refusals (a bad file imported, an edit refused, a backup that cannot be written, a read-only
database) in French and finds no English.

Every place the window shows a service's message goes through :func:`service_text`
(``gui/writes.Writes`` for every write, the import and output flows, the dialogs)."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ServiceText"

# the operating system's reasons (strerror, as the C library writes them)
OS_REASONS = {
    "File exists": QT_TRANSLATE_NOOP("ServiceText", "a file of that name is in the way"),
    "Permission denied": QT_TRANSLATE_NOOP("ServiceText", "no permission to write there"),
    "Operation not permitted": QT_TRANSLATE_NOOP("ServiceText", "no permission to write there"),
    "Read-only file system": QT_TRANSLATE_NOOP("ServiceText", "the drive is read-only"),
    "No space left on device": QT_TRANSLATE_NOOP("ServiceText", "the disk is full"),
    "Not a directory": QT_TRANSLATE_NOOP("ServiceText", "a file is in the way of the folder"),
    "No such file or directory": QT_TRANSLATE_NOOP("ServiceText", "no such file or folder"),
    "Is a directory": QT_TRANSLATE_NOOP("ServiceText", "it is a folder"),
    # the storage's own short reasons (storage/db._reason)
    "the disk is full": QT_TRANSLATE_NOOP("ServiceText", "the disk is full"),
    "no permission to write there": QT_TRANSLATE_NOOP("ServiceText", "no permission to write there"),
}

# reasons without an argument
FIXED = {
    "the file is empty": QT_TRANSLATE_NOOP("ServiceText", "the file is empty"),
    "is a folder, not a workbook": QT_TRANSLATE_NOOP("ServiceText", "is a folder, not a workbook"),
    "not an Excel .xlsx workbook (the file is not a zip archive; an old .xls or a damaged file?)":
        QT_TRANSLATE_NOOP("ServiceText", "not an Excel .xlsx workbook (the file is not a zip archive; an old .xls "
                                         "or a damaged file?)"),
    "not an Excel .xlsx workbook ([Content_Types].xml is missing)":
        QT_TRANSLATE_NOOP("ServiceText", "not an Excel .xlsx workbook ([Content_Types].xml is missing)"),
    "an OpenDocument file, not an Excel .xlsx workbook":
        QT_TRANSLATE_NOOP("ServiceText", "an OpenDocument file, not an Excel .xlsx workbook"),
    "the sheet is missing (is this a capacity-app workbook?)":
        QT_TRANSLATE_NOOP("ServiceText", "the sheet is missing (is this a capacity-app workbook?)"),
    "contains a formula; formulas are never evaluated (type the value)":
        QT_TRANSLATE_NOOP("ServiceText", "contains a formula; formulas are never evaluated (type the value)"),
    "the assessment identifier is missing or malformed":
        QT_TRANSLATE_NOOP("ServiceText", "the assessment identifier is missing or malformed"),
    "opened read-only": QT_TRANSLATE_NOOP("ServiceText", "the database is open read-only"),
    "the database is closed": QT_TRANSLATE_NOOP("ServiceText", "the database is closed"),
    "no permission to read the database": QT_TRANSLATE_NOOP("ServiceText", "no permission to read the database"),
    "the mission ends before it starts": QT_TRANSLATE_NOOP("ServiceText", "the mission ends before it starts"),
    "unknown item id": QT_TRANSLATE_NOOP("ServiceText", "no such question in this questionnaire"),
    # documents as evidence (services/documents.py): the database is never a document
    "is the database or one of its files; it is never attached as a document":
        QT_TRANSLATE_NOOP("ServiceText", "is the database or one of its files; it is never attached as a document"),
    "is a backup of the database; it is never attached as a document":
        QT_TRANSLATE_NOOP("ServiceText", "is a backup of the database; it is never attached as a document"),
    "'don't know' is not accepted for this item":
        QT_TRANSLATE_NOOP("ServiceText", "“don't know” is not accepted for this question"),
}

# reasons with arguments: (pattern, the interface's text with %1, %2… for the groups in order)
WITH_ARGUMENTS = (
    (re.compile(r"assessment (\d+) \((.+?)\) is final: reopen it \(status in progress\) to change it"),
     QT_TRANSLATE_NOOP("ServiceText", "assessment %1 (%2) is final: set its status back to “In progress” to "
                                      "change it")),
    (re.compile(r"assessment (\d+) \((.+?)\) is final \(read-only until reopened\): nothing imported; reopen it "
                r"\(status in progress\) to import into it"),
     QT_TRANSLATE_NOOP("ServiceText", "assessment %1 (%2) is final: nothing was imported; set its status back to "
                                      "“In progress” to import into it")),
    (re.compile(r"round must be a year between (\d+) and (\d+), got (\S+)"),
     QT_TRANSLATE_NOOP("ServiceText", "the round must be a year from %1 to %2, not %3")),
    (re.compile(r"unknown answer key for questionnaire (\S+) (\S+)"),
     QT_TRANSLATE_NOOP("ServiceText", "unknown answer key for questionnaire %1 %2")),
    (re.compile(r"questionnaire version (\S+) cannot be imported: no declared mapping to version (\S+) "
                r"\(assessments/mappings\)"),
     QT_TRANSLATE_NOOP("ServiceText", "questionnaire version %1 cannot be imported: no declared mapping to "
                                      "version %2 (assessments/mappings)")),
    (re.compile(r"the field (\S+) is missing"), QT_TRANSLATE_NOOP("ServiceText", "the field %1 is missing")),
    (re.compile(r"unknown country code (.+)"), QT_TRANSLATE_NOOP("ServiceText", "unknown country code %1")),
    (re.compile(r"round must be a year, got (.+)"), QT_TRANSLATE_NOOP("ServiceText", "round must be a year, got %1")),
    (re.compile(r"(\S+) appears twice \(rows (\d+) and (\d+)\)"),
     QT_TRANSLATE_NOOP("ServiceText", "%1 appears twice (rows %2 and %3)")),
    (re.compile(r"holds the spreadsheet error (\S+), not a value \(type the value, .*\)"),
     QT_TRANSLATE_NOOP("ServiceText", "holds the spreadsheet error %1, not a value (type the value)")),
    (re.compile(r"backup folder (.+): ([^:]+)"), QT_TRANSLATE_NOOP("ServiceText", "backup folder %1: %2")),
    (re.compile(r"cannot write the pre-import backup \((.+)\)"),
     QT_TRANSLATE_NOOP("ServiceText", "cannot write the backup taken before an import (%1)")),
    (re.compile(r"cannot write the daily backup \((.+)\)"),
     QT_TRANSLATE_NOOP("ServiceText", "cannot write the daily backup (%1)")),
    (re.compile(r"cannot write the (?:manual|pre-migration) backup \((.+)\)"),
     QT_TRANSLATE_NOOP("ServiceText", "cannot write the backup (%1)")),
    (re.compile(r"cannot create the lock file \((.+)\)"),
     QT_TRANSLATE_NOOP("ServiceText", "cannot create the lock file (%1)")),
    (re.compile(r"cannot open the database \((.+)\)"),
     QT_TRANSLATE_NOOP("ServiceText", "cannot open the database (%1)")),
    # documents as evidence (services/documents.py)
    (re.compile(r"\.(\w+) files cannot be attached \(allowed: (.+)\)"),
     QT_TRANSLATE_NOOP("ServiceText", ".%1 files cannot be attached (allowed: %2)")),
    (re.compile(r"a file without an extension cannot be attached \(allowed: (.+)\)"),
     QT_TRANSLATE_NOOP("ServiceText", "a file without an extension cannot be attached (allowed: %1)")),
    (re.compile(r"the file is (\S+) MB; the limit is (\d+) MB per document"),
     QT_TRANSLATE_NOOP("ServiceText", "the file is %1 MB; the limit is %2 MB per document")),
    (re.compile(r"the assessment's documents would take (\S+) MB; the limit is (\d+) MB per assessment"),
     QT_TRANSLATE_NOOP("ServiceText", "the assessment's documents would take %1 MB; the limit is %2 MB per "
                                      "assessment")),
    (re.compile(r"this document is already attached to (\S+) \(as (.+), SHA-256 (\w+)\)"),
     QT_TRANSLATE_NOOP("ServiceText", "this document is already attached to %1 (as %2, SHA-256 %3)")),
)

# "(and 3 more problems)" after the first problem of a refused workbook
MORE = re.compile(r"^(?P<body>.*) \(and (?P<n>\d+) more problems?\)$", re.S)
# what names a place in front of a reason: a file or folder path, a sheet and cell, an answer key
PLACE = re.compile(r"^(?P<place>(?:[A-Za-z]:)?[/\\][^:\n]*|[A-Z][A-Za-z ]*(?:![A-Z]+\d+)?|[a-z][a-z0-9_]*(?:\.[\w-]+)*)"
                   r": (?P<rest>.+)$", re.S)


def _tr(text: object) -> str:
    """A source text of the tables (QT_TRANSLATE_NOOP gives it back as it is) in the interface's words."""
    return QCoreApplication.translate(CONTEXT, str(text))


def _os_reason(text: str) -> str:
    """An operating system's reason in the interface's words (as it came when unknown)."""
    return _tr(OS_REASONS[text]) if text in OS_REASONS else text


def _reason(text: str) -> str | None:
    """A reason in the interface's words, or None when this module does not know it."""
    if text in FIXED:
        return _tr(FIXED[text])
    if text in OS_REASONS:
        return _os_reason(text)
    for pattern, template in WITH_ARGUMENTS:
        m = pattern.fullmatch(text)
        if m is not None:
            out = _tr(template)
            for i, arg in enumerate(m.groups(), 1):
                arg = _os_reason(arg)
                out = out.replace(f"%{i}", arg)
            return out
    return None


def service_text(message: str) -> str:
    """``message`` (a service's refusal, in English) in the interface language: the places in
    front kept, the reason translated when known, else the message as it came."""
    m = MORE.match(message)
    if m is not None:
        n = int(m.group("n"))
        # a count after a label, right for every number (lupdate reads no plural from translate())
        more = QCoreApplication.translate("ServiceText", "(other problems: %1)").replace("%1", str(n))
        return service_text(m.group("body")) + " " + more
    known = _reason(message)
    if known is not None:
        return known
    places = []
    rest = message
    while True:
        p = PLACE.match(rest)
        if p is None:
            return message  # not known: as it came
        places.append(p.group("place"))
        rest = p.group("rest")
        known = _reason(rest)
        if known is not None:
            out = known
            for place in reversed(places):  # "a: b" as the language writes it ("a : b" in French)
                out = QCoreApplication.translate("ServiceText", "%1: %2").replace("%2", out).replace("%1", place)
            return out
