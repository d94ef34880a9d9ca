"""What an institution's request says on its cover, each field declared once (pure, and light: the
store reads it for its columns).

Before the mission each institution is sent its questions (``services.institutions.forms``: a
workbook, or an XLSForm); what its request tells it beside them, by when to reply, whom to contact
with questions and a word from the mission, is stored per assessment and institution in the table
``institution_requests`` (schema step m009). Those fields are declared here, one
:class:`RequestField` each, in :data:`REQUEST_FIELDS`: the name (the ``storage.proposals.Request``
attribute, its column, its key in the request's history rows and in ``institutions --json``), the
kind, the limit, the cover's line (its key in ``resources/forms/strings.yaml``, translated in each
forms catalogue: the keys used before, so no translation changed), whether the cover always prints
it, the word a refusal names it by and the command line's option. The store's columns and the
request's plain data (``storage.proposals``), the checks (``services.institutions.asked.set_request``),
the options of ``institutions`` and the sentence of its list, the workbook's cover
(``exchange.institutions.workbook``) and the window's send dialog (its columns) read the
declaration.

Adding a field to a request: an attribute of ``storage.proposals.Request`` (``str``, default ``""``),
an entry at the end of :data:`REQUEST_FIELDS`, its cover line's English in
``resources/forms/strings.yaml`` (``form.cover.<name>``, translated by the translator's step), a
schema step adding the column to ``institution_requests``, and the pages written by their tools.
docs/development.md ("A field of an institution") walks through it.
"""
from __future__ import annotations

from dataclasses import dataclass

CONTACT_MAX = 500
REQUEST_NOTE_MAX = 2_000

# the kinds of a field: "date" (YYYY-MM-DD, or empty), "text" (free text, line breaks kept)
REQUEST_KINDS = ("date", "text")


@dataclass(frozen=True)
class RequestField:
    """One field of an institution's request, declared once.

    ``name``: the ``Request`` attribute, its column in ``institution_requests``, its key in the
    request's plain data (history rows, ``institutions --json``) and the keyword of
    ``set_request``. ``kind``: one of :data:`REQUEST_KINDS`. ``what``: the field as an English
    refusal names it. ``cover``: the workbook's cover line (its key in
    ``resources/forms/strings.yaml`` without ``form.``). ``always``: the cover prints it before the
    number of questions, "not given" when empty; otherwise after it, and only when given.
    ``limit``: a text's length. ``option``, ``metavar``, ``help``: the command line's option of
    ``institutions``. ``listed``: said in the command line's list of institutions (the sentence
    ``shown.inst.request`` names it by ``name``). ``window``: a column of the window's send dialog
    (its header worded by the window, ``gui/institutions/dialogs.py``); a field without one keeps
    its value when the dialog saves the others."""

    name: str
    kind: str
    what: str
    cover: str
    always: bool = False
    limit: int = 0
    option: str = ""
    metavar: str = ""
    help: str = ""
    listed: bool = False
    window: bool = False


# In the order of the cover's lines, the command line's options and the window's columns. A new
# field goes at the end.
REQUEST_FIELDS: tuple[RequestField, ...] = (
    RequestField("deadline", "date", "deadline", "cover.deadline", always=True, option="--deadline",
                 metavar="YYYY-MM-DD", help="The reply is wanted by (on the cover).", listed=True, window=True),
    RequestField("contact", "text", "contact", "cover.contact", always=True, limit=CONTACT_MAX, option="--contact",
                 help="Whom the institution contacts with questions (on the cover).", listed=True, window=True),
    RequestField("note", "text", "note", "cover.note", limit=REQUEST_NOTE_MAX, option="--note",
                 help="A word to the institution (on the cover)."),
)

REQUEST_NAMES: tuple[str, ...] = tuple(f.name for f in REQUEST_FIELDS)
WINDOW_FIELDS: tuple[RequestField, ...] = tuple(f for f in REQUEST_FIELDS if f.window)
LISTED_FIELDS: tuple[RequestField, ...] = tuple(f for f in REQUEST_FIELDS if f.listed)


def cover_lines(values: dict[str, str], questions: str, not_given: str) -> list[tuple[str, str]]:
    """The request's lines of the cover, (key, value), around ``("cover.questions", questions)``:
    the fields always printed (``not_given`` when empty), the number of questions, then the others
    given."""
    first = [(f.cover, values.get(f.name, "") or not_given) for f in REQUEST_FIELDS if f.always]
    later = [(f.cover, values[f.name]) for f in REQUEST_FIELDS if not f.always and values.get(f.name)]
    return [*first, ("cover.questions", questions), *later]


__all__ = ["CONTACT_MAX", "LISTED_FIELDS", "REQUEST_FIELDS", "REQUEST_KINDS", "REQUEST_NAMES", "REQUEST_NOTE_MAX",
           "RequestField", "WINDOW_FIELDS", "cover_lines"]
