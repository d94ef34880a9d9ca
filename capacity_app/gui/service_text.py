"""Service messages in the interface language.

The services, the storage and the workbook reader refuse with one English line that names where and
why ("<file>: Metadata!B5: questionnaire version 0.1.0 cannot be imported: …"; "backup folder <path>:
Permission denied"): the command line prints it as it is. As ``progress_text`` does for progress
details, this module reads that structure back and gives the interface's words for the reason: the
names in front (a file, a sheet and cell, an answer key) stay as they are, the reason is translated
with its arguments, and the operating system's own reasons (``strerror``) too. A reason written
from an entry of ``domain.texts`` (``cli.*``, as the command line says it: ``domain.retold``) is
said from that entry in the interface's language. A reason it does not know is shown as it came
(never dropped); ``tests/gui/test_service_text.py`` walks the window's refusals (a bad file
imported, an edit refused, a backup that cannot be written, a read-only database) in French and
finds no English.

Every place the window shows a service's message goes through :func:`service_text`
(``gui/writes.Writes`` for every write, the import and output flows, the dialogs)."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication

from ..domain.celltext import LazyPattern
from ..domain.retold import MORE_PROBLEMS, more_problems, retold
from ..domain.texts import text
from .numbers import interface_language
from .writing import FSI, isolated

CONTEXT = "ServiceText"

# the operating system's reasons (strerror, as the C library writes them) as the English window says
# them; every other language says them from their ``cli.os.*`` entries, as the command line does
OS_REASONS = {
    "File exists": "a file of that name is in the way",
    "Read-only file system": "the drive is read-only",
    "No space left on device": "the disk is full",
    "Not a directory": "a file is in the way of the folder",
    "No such file or directory": "no such file or folder",
    "Is a directory": "it is a folder",
}

# reasons without an argument
FIXED = {
    "the database is on a network share, where SQLite cannot lock it safely: copy it to this computer and open the copy":
        QT_TRANSLATE_NOOP("ServiceText", "the database is on a network share, where SQLite cannot lock it safely: copy it to this computer and open the copy"),
    "the title is one line (it holds a line break)":
        QT_TRANSLATE_NOOP("ServiceText", "the title is one line (it holds a line break)"),
    "is a folder, not a workbook": QT_TRANSLATE_NOOP("ServiceText", "is a folder, not a workbook"),
    "opened read-only": QT_TRANSLATE_NOOP("ServiceText", "the database is open read-only"),
    "the database is closed": QT_TRANSLATE_NOOP("ServiceText", "the database is closed"),
    "no permission to read the database": QT_TRANSLATE_NOOP("ServiceText", "no permission to read the database"),
    # documents as evidence (services/documents.py): the database is never a document
    "is the database or one of its files; it is never attached as a document":
        QT_TRANSLATE_NOOP("ServiceText", "is the database or one of its files; it is never attached as a document"),
    "is a backup of the database; it is never attached as a document":
        QT_TRANSLATE_NOOP("ServiceText", "is a backup of the database; it is never attached as a document"),
}

# reasons with arguments: (pattern, the interface's text with %1, %2… for the groups in order)
WITH_ARGUMENTS = (
    (r"assessment (\d+) \((.+?)\) is final: reopen it \(status in progress\) to change it",
     QT_TRANSLATE_NOOP("ServiceText", "assessment %1 (%2) is final: set its status back to “In progress” to "
                                      "change it")),
    (r"assessment (\d+) \((.+?)\) is final \(read-only until reopened\): nothing imported; reopen it "
                r"\(status in progress\) to import into it",
     QT_TRANSLATE_NOOP("ServiceText", "assessment %1 (%2) is final: nothing was imported; set its status back to "
                                      "“In progress” to import into it")),
    (r"round must be a year between (\d+) and (\d+), got (\S+)",
     QT_TRANSLATE_NOOP("ServiceText", "the round must be a year from %1 to %2, not %3")),
    (r"unknown answer key for questionnaire (\S+) (\S+)",
     QT_TRANSLATE_NOOP("ServiceText", "unknown answer key for questionnaire %1 %2")),
    (r"questionnaire version (\S+) cannot be imported: no declared mapping to version (\S+) "
                r"\(assessments/mappings\)",
     QT_TRANSLATE_NOOP("ServiceText", "questionnaire version %1 cannot be imported: no declared mapping to "
                                      "version %2 (assessments/mappings)")),
    (r"the field (\S+) is missing", QT_TRANSLATE_NOOP("ServiceText", "the field %1 is missing")),
    (r"unknown country code (.+)", QT_TRANSLATE_NOOP("ServiceText", "unknown country code %1")),
    (r"round must be a year, got (.+)", QT_TRANSLATE_NOOP("ServiceText", "round must be a year, got %1")),
    (r"(\S+) appears twice \(rows (\d+) and (\d+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "%1 appears twice (rows %2 and %3)")),
    (r"holds the spreadsheet error (\S+), not a value \(type the value, .*\)",
     QT_TRANSLATE_NOOP("ServiceText", "holds the spreadsheet error %1, not a value (type the value)")),
    (r"backup folder (.+): ([^:]+)", QT_TRANSLATE_NOOP("ServiceText", "backup folder %1: %2")),
    (r"cannot write the pre-import backup \((.+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "cannot write the backup taken before an import (%1)")),
    (r"cannot write the daily backup \((.+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "cannot write the daily backup (%1)")),
    (r"cannot write the (?:manual|pre-migration) backup \((.+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "cannot write the backup (%1)")),
    (r"cannot create the lock file \((.+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "cannot create the lock file (%1)")),
    (r"cannot open the database \((.+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "cannot open the database (%1)")),
    # documents as evidence (services/documents.py)
    (r"\.(\w+) files cannot be attached \(allowed: (.+)\)",
     QT_TRANSLATE_NOOP("ServiceText", ".%1 files cannot be attached (allowed: %2)")),
    (r"a file without an extension cannot be attached \(allowed: (.+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "a file without an extension cannot be attached (allowed: %1)")),
    (r"the file is (\S+) MB; the limit is (\d+) MB per document",
     QT_TRANSLATE_NOOP("ServiceText", "the file is %1 MB; the limit is %2 MB per document")),
    (r"the assessment's documents would take (\S+) MB; the limit is (\d+) MB per assessment",
     QT_TRANSLATE_NOOP("ServiceText", "the assessment's documents would take %1 MB; the limit is %2 MB per "
                                      "assessment")),
    (r"this document is already attached to (\S+) \(as (.+), SHA-256 (\w+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "this document is already attached to %1 (as %2, SHA-256 %3)")),
    # the assessment package (exchange/workbook/package.py); member names and sizes kept as they are
    (r"cannot be read \((.+)\)", QT_TRANSLATE_NOOP("ServiceText", "cannot be read (%1)")),
    (r"the package is too large \((\d+) MB; the limit is (\d+) MB\)",
     QT_TRANSLATE_NOOP("ServiceText", "the package is too large (%1 MB; the limit is %2 MB)")),
    (r"the package is damaged or truncated \(zip: (.+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "the package is damaged or truncated (zip: %1)")),
    (r"too many members \((\d+); the limit is (\d+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "too many members (%1; the limit is %2)")),
    (r"member (.+) is a folder that holds data or is named unsafely \(a package holds files only\)",
     QT_TRANSLATE_NOOP("ServiceText", "member %1 is a folder that holds data or is named unsafely (a package "
                                      "holds files only)")),
    (r"member (.+) is refused: an absolute path or a path with '\\'",
     QT_TRANSLATE_NOOP("ServiceText", "member %1 is refused: an absolute path or a path with “\\”")),
    (r"member (.+) is refused: a path with '\.\.', '\.' or an empty part",
     QT_TRANSLATE_NOOP("ServiceText", "member %1 is refused: a path with “..”, “.” or an empty part")),
    (r"member (.+) is refused: a control character in its name",
     QT_TRANSLATE_NOOP("ServiceText", "member %1 is refused: a control character in its name")),
    (r"two members are named (.+)", QT_TRANSLATE_NOOP("ServiceText", "two members are named %1")),
    (r"member (.+) is a folder \(a package holds files only\)",
     QT_TRANSLATE_NOOP("ServiceText", "member %1 is a folder (a package holds files only)")),
    (r"member (.+) is a link or a special file",
     QT_TRANSLATE_NOOP("ServiceText", "member %1 is a link or a special file")),
    (r"member (.+) is compressed (\d+) times \(limit (\d+); possible zip bomb\)",
     QT_TRANSLATE_NOOP("ServiceText", "member %1 is compressed %2 times (limit %3; possible zip bomb)")),
    (r"the package would decompress to (\d+) MB \(possible zip bomb\)",
     QT_TRANSLATE_NOOP("ServiceText", "the package would decompress to %1 MB (possible zip bomb)")),
    (r"manifest\.json is too large \((\d+) MB\)",
     QT_TRANSLATE_NOOP("ServiceText", "manifest.json is too large (%1 MB)")),
    (r"member (.+) is not in the manifest",
     QT_TRANSLATE_NOOP("ServiceText", "member %1 is not in the manifest")),
    (r"member (.+) of the manifest is missing",
     QT_TRANSLATE_NOOP("ServiceText", "member %1 of the manifest is missing")),
    (r"member (.+) does not match the manifest \(size (\d+), listed (\d+); the limit is (\d+) MB\)",
     QT_TRANSLATE_NOOP("ServiceText", "member %1 does not match the manifest (size %2, listed %3; the limit is "
                                      "%4 MB)")),
    (r"member (.+) does not match the manifest \(its SHA-256 differs\)",
     QT_TRANSLATE_NOOP("ServiceText", "member %1 does not match the manifest (its SHA-256 differs)")),
    (r"the documents take more than (\d+) MB",
     QT_TRANSLATE_NOOP("ServiceText", "the documents take more than %1 MB")),
    (r"member (.+) could not be unpacked \((.+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "member %1 could not be unpacked (%2)")),
    (r"the manifest attaches a document it does not hold \((\w+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "the manifest attaches a document it does not hold (%1)")),
    (r"document (\w+) is attached to nothing in the manifest",
     QT_TRANSLATE_NOOP("ServiceText", "document %1 is attached to nothing in the manifest")),
    (r"member (.+) decompresses to more than it declares \(possible zip bomb\)",
     QT_TRANSLATE_NOOP("ServiceText", "member %1 decompresses to more than it declares (possible zip bomb)")),
    (r"the package is damaged \(member (.+) is shorter than declared\)",
     QT_TRANSLATE_NOOP("ServiceText", "the package is damaged (member %1 is shorter than declared)")),
    (r"the package is damaged \(member (.+?): (.+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "the package is damaged (member %1: %2)")),
    (r"the stored document (.+) does not match its SHA-256 \(damaged database\?\); no package written",
     QT_TRANSLATE_NOOP("ServiceText", "the stored document %1 does not match its SHA-256 (damaged database?); "
                                      "no package written")),
    (r"manifest\.json is not valid: version (.+) \(this application reads version (\d+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "manifest.json is not valid: version %1 (this application reads version "
                                      "%2)")),
    (r"manifest\.json is not valid: member (.+) is neither workbook\.xlsx nor documents/<sha256>\.<ext>",
     QT_TRANSLATE_NOOP("ServiceText", "manifest.json is not valid: member %1 is neither workbook.xlsx nor "
                                      "documents/<sha256>.<ext>")),
    (r"manifest\.json is not valid: member (.+) is not named by its SHA-256",
     QT_TRANSLATE_NOOP("ServiceText", "manifest.json is not valid: member %1 is not named by its SHA-256")),
    (r"manifest\.json is not valid: member (.+) is not a kind that may be attached",
     QT_TRANSLATE_NOOP("ServiceText", "manifest.json is not valid: member %1 is not a kind that may be attached")),
    (r"manifest\.json is not valid: member (.+) is an empty document \(a document attached is never "
                r"empty\)",
     QT_TRANSLATE_NOOP("ServiceText", "manifest.json is not valid: member %1 is an empty document (a document "
                                      "attached is never empty)")),
    (r"manifest\.json is not valid: an attachment's (\w+) is longer than (\d+) characters",
     QT_TRANSLATE_NOOP("ServiceText", "manifest.json is not valid: an attachment's field “%1” is longer than %2 "
                                      "characters")),
    (r"manifest\.json is not valid: attachment (.+?): its time (.+) is not a date and time",
     QT_TRANSLATE_NOOP("ServiceText", "manifest.json is not valid: attachment %1: its time %2 is not a date and "
                                      "time")),
    (r"manifest\.json is not valid: attachment (.+) to (.+) listed twice",
     QT_TRANSLATE_NOOP("ServiceText", "manifest.json is not valid: attachment %1 to %2 listed twice")),
    (r"manifest\.json is not valid: (.+) listed twice",
     QT_TRANSLATE_NOOP("ServiceText", "manifest.json is not valid: %1 listed twice")),
    (r"manifest\.json is not valid: attachment (.+?): (.+)",  # the reason a document is refused
     QT_TRANSLATE_NOOP("ServiceText", "manifest.json is not valid: attachment %1: %2")),
    # an action's costs and the plan's exchange rates (domain/plan/cost.py, catalog/currencies.py)
    (r"the year (.+) must be a year from (\d+) to (\d+)",
     QT_TRANSLATE_NOOP("ServiceText", "the year %1 must be a year from %2 to %3")),
    (r"the amount (\S+) has more decimals than (\w+) has \(none\)",
     QT_TRANSLATE_NOOP("ServiceText", "the amount %1 has decimals: %2 has none")),
    (r"the amount (\S+) has more decimals than (\w+) has \((\d+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "the amount %1 has more decimals than %2 has (%3)")),
    (r"the amount executed (\S+) has more decimals than (\w+) has \(none\)",
     QT_TRANSLATE_NOOP("ServiceText", "the amount executed %1 has decimals: %2 has none")),
    (r"the amount executed (\S+) has more decimals than (\w+) has \((\d+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "the amount executed %1 has more decimals than %2 has (%3)")),
    (r"(\w+) is not an ISO 4217 currency of the country table \(for example XOF, EUR or USD\)",
     QT_TRANSLATE_NOOP("ServiceText", "%1 is not an ISO 4217 currency of the country table (for example XOF, EUR "
                                      "or USD)")),
    (r"the currency (.+) is not an ISO 4217 code \(three capital letters, such as XOF or USD\)",
     QT_TRANSLATE_NOOP("ServiceText", "the currency %1 is not an ISO 4217 code (three capital letters, such as "
                                      "XOF or USD)")),
    (r"the amount (\S+) is too large: amounts are below 10000000000000 \(ten trillion\)",
     QT_TRANSLATE_NOOP("ServiceText", "the amount %1 is too large: amounts are below 10000000000000 (ten "
                                      "trillion)")),
    (r"the amount executed (\S+) is too large: amounts are below 10000000000000 \(ten trillion\)",
     QT_TRANSLATE_NOOP("ServiceText", "the amount executed %1 is too large: amounts are below 10000000000000 "
                                      "(ten trillion)")),
    (r"the amount (\S+) has (\d+) decimals: at most (\d+)",
     QT_TRANSLATE_NOOP("ServiceText", "the amount %1 has %2 decimals: at most %3")),
    (r"the amount executed (\S+) has (\d+) decimals: at most (\d+)",
     QT_TRANSLATE_NOOP("ServiceText", "the amount executed %1 has %2 decimals: at most %3")),
    (r"the amount (\S+) has more than (\d+) digits",
     QT_TRANSLATE_NOOP("ServiceText", "the amount %1 has more than %2 digits")),
    (r"the amount executed (\S+) has more than (\d+) digits",
     QT_TRANSLATE_NOOP("ServiceText", "the amount executed %1 has more than %2 digits")),
    (r"the exchange rate (.+) is not a number: write it with a point for decimals, such as 605\.25",
     QT_TRANSLATE_NOOP("ServiceText", "the exchange rate %1 is not a number: write it with a point for decimals, "
                                      "such as 605.25")),
    (r"the exchange rate must be a number above zero, got (.+)",
     QT_TRANSLATE_NOOP("ServiceText", "the exchange rate must be a number above zero, not %1")),
    (r"the exchange rate (\S+) has too many digits: at most (\d+), (\d+) of them decimals",
     QT_TRANSLATE_NOOP("ServiceText", "the exchange rate %1 has too many digits: at most %2, %3 of them "
                                      "decimals")),
    (r"the date of the (\w+) rate must be a date YYYY-MM-DD, got (.+)",
     QT_TRANSLATE_NOOP("ServiceText", "the date of the %1 rate must be a date YYYY-MM-DD, not %2")),
    (r"two exchange rates for (\w+): keep one",
     QT_TRANSLATE_NOOP("ServiceText", "two exchange rates for %1: keep one")),
    (r"a plan has at most (\d+) exchange rates",
     QT_TRANSLATE_NOOP("ServiceText", "a plan has at most %1 exchange rates")),
    (r"the funder's name is longer than (\d+) characters \((\d+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "the funder's name is longer than %1 characters (%2)")),
    (r"the rate's source is longer than (\d+) characters \((\d+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "the rate's source is longer than %1 characters (%2)")),
    (r"cost line (\d+): (.+)", QT_TRANSLATE_NOOP("ServiceText", "cost line %1: %2")),
    # all of an assessment's text against what a workbook carries (domain.celltext.workbook_text_problem)
    (r"the assessment would hold ([\d.]+) MB of text \(answers, comments, evidence, the action plan, review "
     r"notes\), more than a workbook carries \((\d+) MB\): shorten the longest texts or move long documents "
     r"to attachments",
     QT_TRANSLATE_NOOP("ServiceText", "the assessment would hold %1 MB of text (answers, comments, evidence, the "
                                      "action plan, review notes), more than a workbook carries (%2 MB): shorten "
                                      "the longest texts or attach long documents as files")),
    (r"nothing imported: (.+)", QT_TRANSLATE_NOOP("ServiceText", "nothing imported: %1")),
    # the plan's progress and its indicators' values (domain.plan.progress: the window's Progress…)
    (r"the reporting period (.+) is not a year such as 2026 or a half-year such as 2026-H1",
     QT_TRANSLATE_NOOP("ServiceText", "the reporting period %1 is not a year such as 2026 or a half-year such as "
                                      "2026-H1")),
    (r"the period (\S+) is before the plan, which starts in (\d+)",
     QT_TRANSLATE_NOOP("ServiceText", "the period %1 is before the plan, which starts in %2")),
    (r"the period (\S+) has not begun \(today is (\S+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "the period %1 has not begun (today is %2)")),
    (r"the period (\S+) is outside the plan's years \((\d+)–(\d+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "the period %1 is outside the plan's years (%2–%3)")),
    (r"give the date the value of indicator (\S+) was measured",
     QT_TRANSLATE_NOOP("ServiceText", "give the date the value of indicator %1 was measured")),
    (r"the date of the value of indicator (\S+): expected a date YYYY-MM-DD, got (.+)",
     QT_TRANSLATE_NOOP("ServiceText", "the date of the value of indicator %1 is not a date YYYY-MM-DD: %2")),
    (r"the date of the value of indicator (\S+) \((\S+)\) is after today \((\S+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "the date of the value of indicator %1 (%2) is after today (%3)")),
    (r"the value of indicator (\S+) (.+) is not a number: write digits with a point for decimals, such as 42 or "
     r"37\.5",
     QT_TRANSLATE_NOOP("ServiceText", "the value of indicator %1 (%2) is not a number: write digits, such as 42 "
                                      "or 37.5")),
    # (money above what it should be, domain.plan.overrun.overrun_text, is said from its entries by
    # domain.retold, its percentage written as the interface's language writes one)
    # what an edit of the plan keeps (domain.plan.held)
    (r"action (\d+) has progress recorded for (.+): it stays in the plan so that its money stays counted; report "
     r"it as dropped, with the reason \(actions progress set … --status dropped\), or remove its progress first",
     QT_TRANSLATE_NOOP("ServiceText", "action %1 has progress recorded for %2: it stays in the plan so that its "
                                      "money stays counted; report it as dropped, with the reason, or remove its "
                                      "progress first")),
    (r"cost line (\d+) of action (\d+) \((\d+), (\S+ \S+)\) holds money recorded for (.+?) \(.+\): this edit "
     r".+; a line holding money keeps its place, year, currency and funder \(change its amount, or add a new line "
     r"after it\)",
     QT_TRANSLATE_NOOP("ServiceText", "cost line %1 of action %2 (%3, %4) holds money recorded for %5: it keeps "
                                      "its place, year, currency and funder (change its amount, or add a new line "
                                      "after it)")),
    # an assessment's title (domain.assessment.title_problem: new, edit, the details dialog, an import)
    (r"the title is longer than (\d+) characters \((\d+)\): shorten it",
     QT_TRANSLATE_NOOP("ServiceText", "the title is longer than %1 characters (%2): shorten it")),
    (r"(\S+) already has an assessment for round (\d+) \(id (\d+), (.+)\): open it, or choose another round",
     QT_TRANSLATE_NOOP("ServiceText", "%1 already has an assessment for round %2 (%4): open it, or choose "
                                      "another round")),
)

# what names a place in front of a reason: a file or folder path, a sheet and cell, an answer key
PLACE = LazyPattern(r"^(?P<place>(?:[A-Za-z]:)?[/\\][^:\n]*|[A-Z][A-Za-z ]*(?:![A-Z]+\d+)?|[a-z][a-z0-9_]*(?:\.[\w-]+)*)"
                     r": (?P<rest>.+)$", re.S)


def _tr(text: object) -> str:
    """A source text of the tables (QT_TRANSLATE_NOOP gives it back as it is) in the interface's words."""
    return QCoreApplication.translate(CONTEXT, str(text))


def _reason(text: str) -> str | None:
    """A reason in the interface's words, or None when this module does not know it."""
    if text in FIXED:
        return _tr(FIXED[text])
    if text in OS_REASONS and interface_language() == "en":
        return OS_REASONS[text]
    for pattern, template in WITH_ARGUMENTS:
        m = re.fullmatch(pattern, text)  # compiled at first use, then from re's cache
        if m is not None:
            out = _tr(template)
            for i, arg in enumerate(m.groups(), 1):
                inner = _reason(arg)  # a reason inside a reason ("attachment 'x.exe': .exe files cannot…")
                arg = inner if inner is not None else arg
                out = out.replace(f"%{i}", arg)
            return out
    return _entry(text)


def _entry(text: str) -> str | None:
    """A refusal written from an entry of ``domain.texts`` (a cost's amount, an indicator's target,
    a reply of progress…) in the interface's language, or None when it is no entry's line."""
    lang = interface_language()
    said = retold(text, lang) if lang != "en" else text
    return said if said != text else None


def service_text(message: str) -> str:
    """``message`` (a service's refusal, in English) in the interface language: the places in
    front kept, the reason translated when known, else the message as it came. In a right-to-left
    window each file or folder path in it is isolated (``writing.isolated``), as the window's own
    messages isolate theirs: unisolated, "/home/amina/x.pdf" at the head of an Arabic line showed as
    "home/amina/x.pdf/"."""
    said = _said(message)
    if not QGuiApplication.isRightToLeft():
        return said
    said = _PATH.sub(lambda m: isolated(m.group(0)), said)
    # a line that opens with a path: a right-to-left mark first, so that a label that takes its
    # direction from the text's first letter (a dialog's) lays it out right to left, as the window
    return RLM + said if said.startswith(FSI) else said


RLM = "\u200f"  # RIGHT-TO-LEFT MARK
# a file or folder path in a line: from its "/" or "C:\\" (not a URL's, not a word's "and/or") to the
# punctuation, quote, line break or right-to-left word after it (a bracket only when it closes or opens
# a remark, not one inside a file's name such as "Documents (2)"); a place in front of a reason, or a
# value inside one. Every start it finds ends there, so the matches never overlap and a line is read
# once (a line of many slashes and no punctuation too)
_PATH = LazyPattern(r"(?<![\w.:/\\\u2068])(?:[A-Za-z]:)?[/\\](?=[^\s/\\])[^\n\u2068\u2069]*?"
                    r"(?=: |:$|; |;$|؛|،|\)(?=[\s:;،؛)]|$)| \((?![^()\n]*\)[^\s:;،؛)])|['\"»]"
                    r"|\s+[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|[\n\u2068\u2069]|$)")


def _said(message: str) -> str:
    more = more_problems(message)  # "(and 3 more problems)" after a refused workbook's first problem
    if more is not None:
        # the count said as the command line says it (a label and the number: right for every number)
        return _said(more[0]) + text(MORE_PROBLEMS, interface_language(), n=more[1])
    known = _reason(message)
    if known is not None:
        return _rejoined(message, known)
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
            return _joined(places, known)


def _joined(places: list[str], said: str) -> str:
    """``said`` after ``places``, each joined as the language writes it ("a : b" in French)."""
    for place in reversed(places):
        said = QCoreApplication.translate("ServiceText", "%1: %2").replace("%2", said).replace("%1", place)
    return said


def _rejoined(message: str, said: str) -> str:
    """A line said whole from its entry, which keeps the places in front of it as they came ("x.xlsx:
    Answers!B7: "): those joined as the language writes them (French "x.xlsx : "). Only a place that
    opens both the English line and the line said, the same, is joined again."""
    places = []
    english, rest = message, said
    while True:
        a, b = PLACE.match(english), PLACE.match(rest)
        if a is None or b is None or a.group("place") != b.group("place"):
            break
        places.append(a.group("place"))
        english, rest = a.group("rest"), b.group("rest")
    return _joined(places, rest) if places else said
