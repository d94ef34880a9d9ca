"""A PDF's page texts as pypdf's ``PageObject.extract_text()`` (plain mode) gives them, read
about ten times faster: the same characters, the same line breaks, the same spaces.

The tests' assertions are written against pypdf's lines (cells at one height on separate lines,
"\\xad\\n" at a soft-hyphen break, Arabic in pypdf's order); PyMuPDF's own ``get_text()`` orders
and joins the text otherwise, so it is no drop-in. What makes pypdf slow is its pure-Python
parsing of the content streams (an object per glyph: WeasyPrint writes every glyph as its own
string in a TJ array) and of every form XObject, text or not. Here PyMuPDF gives the decoded
streams, a regular expression cuts them into tokens, and pypdf's text-extraction decisions
(pypdf/_page.py ``_extract_text``, pypdf/_text_extraction: ``TextExtraction``,
``crlf_space_check``, ``get_display_str``, ``get_text_operands``) are replayed operator by
operator, with pypdf's own fonts (``Font.from_font_resource``: the same character maps and
widths), pypdf's own functions wherever a decision is not a glyph's plain append (a line break or
a space on a move, right-to-left text) and pypdf's own reading of a literal string. Within a TJ
array a glyph's check by pypdf compares the position with itself (pypdf moves the text matrix
only on Td, TD, Tm, T*, ' and "): that check is done here without calling it, with the same
outcome; each glyph's width is added in pypdf's order (the sums are compared with the gaps).

tests/test_pdf_text.py checks the equality on shared reports."""
from __future__ import annotations

import math
import re
from binascii import unhexlify
from io import BytesIO
from pathlib import Path

import pymupdf
from pypdf._page import PageObject, _get_font_resources, _get_page_resources
from pypdf import _text_extraction
from pypdf._text_extraction import (CUSTOM_RTL_MAX, CUSTOM_RTL_MIN, CUSTOM_RTL_SPECIAL_CHARS,
                                    RTL_CHARACTER_PATTERN, OrientationNotFoundError, crlf_space_check, mult)
from pypdf._utils import is_char_neutral, is_char_rtl
from pypdf.generic import DecodedStreamObject, DictionaryObject, IndirectObject, NameObject, read_object
from pypdf.generic._font import Font, FontDescriptor
from pypdf.generic._utils import read_string_from_stream
from pypdf._codecs import encoding_dict_from_named_encoding

_ORIENTATIONS = (0, 90, 180, 270)
_SPACE_WIDTH = 200.0  # extract_text's default space_width
_FORMS_PER_PAGE = 5_000  # pypdf's configuration.xform_maximum_invocations_per_extraction
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# pypdf's _TEXT_OPERATOR_START / _TEXT_OPERATORS: a stream without these bytes gives no text
_TEXT_OPERATOR = re.compile(rb"Tj|TJ|Do|'|\"")

# One token of a content stream (pypdf/generic/_data_structures.py ``_parse_content_stream``
# with read_object): a number, a name, a hexadecimal string, the start of a literal string, of
# an array or a dictionary and their ends, a comment or an operator (a word starting with a
# letter, ' or ", up to a delimiter: NameObject.delimiter_pattern).
_TOKEN = re.compile(rb"""
    (?P<num>[-+.0-9]+)
  | /(?P<name>[^\s()<>\[\]{}/%]*)
  | (?P<dopen><<) | (?P<dclose>>>)
  | <(?P<hex>[0-9A-Fa-f\s]*)>
  | (?P<lit>\()
  | (?P<aopen>\[) | (?P<aclose>\])
  | (?P<comment>%[^\r\n]*)
  | (?P<op>[A-Za-z'"][^\s()<>\[\]{}/%]*)
  | (?P<other>\S)
""", re.X)
# Most operations have only numbers and names before their operator: one match each. (Group 1:
# the operands, group 2: the operator.)
# Possessive: a name is never cut short to make its last letters an operator ("/P <<" is no "P").
_SIMPLE = re.compile(rb"""\s*((?:(?:[-+.0-9]++|/[^\s()<>\[\]{}/%]*+)\s*)*+)([A-Za-z'"][^\s()<>\[\]{}/%]*+)""")
# A TJ whose array holds only hexadecimal strings and numbers (WeasyPrint's, a glyph a string).
_TJ = re.compile(rb"""\[((?:\s*(?:<[0-9A-Fa-f]*>|[-+.0-9]++))*+)\s*\]\s*TJ(?=[\s()<>\[\]{}/%]|$)""")
_TJ_ITEM = re.compile(rb"<([0-9A-Fa-f]*)>|([-+.0-9]+)")
_SPACE = re.compile(rb"\s*")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_NON_HEX = re.compile(rb"\s+")
_INLINE_IMAGE_END = re.compile(rb"\sEI(?=[\s/\[(<]|$)")
# The operators that matter to pypdf's plain extraction (its operation_handlers, TJ, TD, ', ", Do)
_READ = frozenset((b"BT", b"ET", b"q", b"Q", b"cm", b"Tz", b"Tc", b"Tw", b"TL", b"Tf", b"Td", b"Tm",
                   b"T*", b"Tj", b"TJ", b"TD", b"'", b'"', b"Do", b"BI"))


def _name(raw: bytes) -> str:
    """A name token as pypdf's NameObject reads it ("#xx" escapes decoded), with its slash."""
    if b"#" in raw:
        raw = _NAME_ESCAPE.sub(lambda m: bytes((int(m[1], 16),)), raw)
    try:
        return "/" + raw.decode("utf-8")
    except UnicodeDecodeError:
        return "/" + raw.decode("latin-1")


def _hex(digits: bytes) -> bytes:
    digits = _NON_HEX.sub(b"", digits)
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode())


def _number(raw: bytes) -> float | None:
    try:
        return float(raw)
    except ValueError:
        return None


def _simple_operands(raw: bytes) -> list:
    return [_name(t[1:]) if t[:1] == b"/" else _number(t) for t in raw.split()] if raw else []


def _operations(data: bytes, keep: frozenset[bytes] | None = _READ, tj_pairs: bool = True):
    """(operands, operator) of the operations of ``data`` whose operator is in ``keep`` (None:
    every one, an inline image as ([], b"INLINE IMAGE")): numbers as floats, names as str with
    their slash, strings as bytes, arrays as lists, dictionaries as dicts, true and false as bools
    (within an array or a dictionary; alone they are operators, as for pypdf) and null as None.
    With ``tj_pairs``, a TJ of hexadecimal strings and numbers comes as ([items], b"TJ*") with
    its items as _TJ_ITEM's (hex digits, number) pairs."""
    pos, end = 0, len(data)
    simple, tj = _SIMPLE.match, _TJ.match
    every = keep is None
    while pos < end:
        m = simple(data, pos)
        if m is not None:
            pos = m.end()
            op = m[2]
            if op == b"BI":
                found = _INLINE_IMAGE_END.search(data, pos)
                pos = found.end() if found else end
                if every:
                    yield [], b"INLINE IMAGE"
            elif every or op in keep:
                yield _simple_operands(m[1]), op
            continue
        m = tj(data, pos)
        if m is None:
            m = tj(data, _SPACE.match(data, pos).end())
        if m is not None:
            pos = m.end()
            if tj_pairs:
                yield _TJ_ITEM.findall(m[1]), b"TJ*"
            elif every or b"TJ" in keep:
                yield [[_number(n) if n else (_hex(d) if len(d) & 1 else unhexlify(d))
                        for d, n in _TJ_ITEM.findall(m[1])]], b"TJ"
            continue
        pos = yield from _general(data, pos, keep)


class _Dictionary(list):
    """A dictionary being read: its keys and values in turn."""


_WORDS = {b"true": True, b"false": False}  # null, or a stray word: None


def _general(data: bytes, pos: int, keep: frozenset[bytes] | None):
    """Token by token, the operation at ``pos`` (its operands hold strings, arrays or
    dictionaries); its end."""
    end = len(data)
    operands: list = []
    stack: list[list] = []  # open arrays and dictionaries
    match_token = _TOKEN.match
    skip = _SPACE.match
    while True:
        pos = skip(data, pos).end()
        if pos >= end:
            return end
        m = match_token(data, pos)
        kind = m.lastgroup
        target = stack[-1] if stack else operands
        if kind == "num":
            target.append(_number(m[1]))
        elif kind == "hex":
            target.append(_hex(m[kind]))
        elif kind == "name":
            target.append(_name(m[kind]))
        elif kind == "op":
            word = m[kind]
            if stack:  # true, false, null (or a stray word) inside an array or a dictionary
                target.append(_WORDS.get(word))
            elif word == b"BI":  # an inline image: skipped to its end, as pypdf does
                found = _INLINE_IMAGE_END.search(data, m.end())
                if keep is None:
                    yield [], b"INLINE IMAGE"
                return found.end() if found else end
            else:
                if keep is None or word in keep:
                    yield operands, word
                return m.end()
        elif kind == "lit":
            stream = BytesIO(data)
            stream.seek(pos)
            target.append(bytes(read_string_from_stream(stream, "bytes")))
            pos = stream.tell()
            continue
        elif kind == "aopen" or kind == "dopen":
            stack.append([] if kind == "aopen" else _Dictionary())
        elif kind == "aclose" or kind == "dclose":
            if stack:
                done = stack.pop()
                value = ({k: v for k, v in zip(done[::2], done[1::2], strict=False) if isinstance(k, str)}
                         if isinstance(done, _Dictionary) else done)
                (stack[-1] if stack else operands).append(value)
        # comments and stray characters add nothing
        pos = m.end()


class _Glyphs:
    """What pypdf's get_text_operands and get_display_str make of a string in a font, once per
    (font, string): the decoded characters, the characters shown (the font's character map),
    whether one is right-to-left, the width (in pypdf's order of additions) and the count."""

    def __init__(self) -> None:
        self.cache: dict[int, dict[bytes, tuple[str, str, bool, float, int]]] = {}

    def of(self, font: Font) -> dict[bytes, tuple[str, str, bool, float, int]]:
        return self.cache.setdefault(id(font), {})

    @staticmethod
    def read(font: Font, tt: bytes) -> tuple[str, str, bool, float, int]:
        raw_characters = ""
        if isinstance(font.encoding, str):
            try:
                text = tt.decode(font.encoding, "surrogatepass")
            except UnicodeDecodeError:
                text = tt.decode(font.encoding, "replace")
        else:
            text = "".join(font.encoding.get(x, chr(x)) for x in tt)
            raw_characters = "".join(chr(byte) for byte in tt)
        widths = 0.0
        for char in (raw_characters or text):
            if char == font.space_char:
                widths += font.space_width
            else:
                widths += font.get_text_width(char)
        characters = [font.character_map.get(c, c) for c in text]
        shown = "".join(characters)
        kinds = tuple((x, _kind(x)) for x in characters)
        return kinds, shown, RTL_CHARACTER_PATTERN.search(shown) is not None, widths, len(text)


_KINDS: dict[str, bool | None] = {}


def _kind(x: str) -> bool | None:
    """How pypdf's get_display_str places ``x``: None where it keeps the order it goes in (a
    neutral character, or several characters), else whether it is right-to-left."""
    if len(x) != 1:
        return None
    kind = _KINDS.get(x, 0)
    if kind == 0:
        kind = _KINDS[x] = (None if is_char_neutral(x, CUSTOM_RTL_SPECIAL_CHARS)
                            else is_char_rtl(x, CUSTOM_RTL_MIN, CUSTOM_RTL_MAX))
    return kind


def _display(text: str, rtl_dir: bool, kinds: tuple) -> tuple[str, bool, str]:
    """pypdf's get_display_str (no custom right-to-left range): ``text`` with the characters
    added in display order, the direction, the runs a change of direction completed."""
    if len(kinds) == 1:
        x, kind = kinds[0]
        if kind is None or kind == rtl_dir:
            return (x + text if rtl_dir else text + x), rtl_dir, ""
        return x, kind, text
    completed = ""
    parts = [text]
    for x, kind in kinds:
        if kind is not None and kind != rtl_dir:
            completed += "".join(reversed(parts)) if rtl_dir else "".join(parts)
            rtl_dir = kind
            parts = []
        parts.append(x)
    return ("".join(reversed(parts)) if rtl_dir else "".join(parts)), rtl_dir, completed


class _Extraction:
    """pypdf's TextExtraction state and _extract_text's loop over one content stream."""

    def __init__(self, reader: _Reader, resources: DictionaryObject) -> None:
        self.reader = reader
        self.resources = resources
        self.fonts = reader.fonts.of(resources)
        self.cm = list(_IDENTITY)
        self.tm = list(_IDENTITY)
        self.cm_stack: list = []
        self.cm_prev = list(_IDENTITY)
        self.tm_prev = list(_IDENTITY)
        # (axis index, axis, x scale, y scale) of the position last checked, while cm and tm are
        # still those of that check; None once either may have changed
        self.here: tuple[int, float, float, float] | None = None
        self.char_scale = 1.0
        self.space_scale = 1.0
        self.char_spacing = 0.0
        self.space_w = 500.0  # half a space, as pypdf's _space_width
        self.previous_font_space: float | None = None
        self.str_widths = 0.0
        self.str_height = 0.0
        self.TL = 0.0
        self.font_size = 12.0
        self.line_span = None
        self.text = ""
        self.output = ""
        self.rtl_dir = False
        self.font = reader.fonts.initial
        self.glyphs = reader.glyphs.of(self.font)

    # -- pypdf's _post_process_text_operation: crlf_space_check after an operation that moves
    def moved(self, str_widths: float) -> None:
        space_width = self.font_size * self.space_w
        if self.previous_font_space is not None:
            space_width = min(space_width, self.previous_font_space)
        try:
            self.text, self.output, self.cm_prev, self.tm_prev, self.line_span = crlf_space_check(
                self.text, (self.cm_prev, self.tm_prev), (self.cm, self.tm), (self.cm, self.tm),
                None, _ORIENTATIONS, self.output, self.font_size, None, str_widths,
                space_width / 1000, self.str_height, self.line_span)
        except OrientationNotFoundError:
            self.here = None
            return
        self.here = self.place(mult(self.tm, self.cm))

    @staticmethod
    def place(m: list[float]) -> tuple[int, float, float, float]:
        axis_index = 5 if (m[3] > 1e-6 or m[3] < -1e-6) else 4  # pypdf's orient: 0, 180 or 90, 270
        return (axis_index, m[axis_index], math.sqrt(m[0] ** 2 + m[1] ** 2), math.sqrt(m[2] ** 2 + m[3] ** 2))

    def positioned(self) -> float:
        widths = self.str_widths / 1000
        self.str_widths = 0.0
        return widths

    # -- pypdf's Tj: a string shown, then its check (the matrices unchanged: see in_place)
    def show(self, tt: bytes) -> None:
        got = self.glyphs.get(tt)
        if got is None:
            got = self.glyphs[tt] = _Glyphs.read(self.font, tt)
        self.show_read(got)

    def show_read(self, got: tuple) -> None:
        self.previous_font_space = None
        kinds, shown, rtl, widths, count = got
        size = self.font_size
        if not rtl and not self.rtl_dir:
            self.text += shown
        else:
            self.text, self.rtl_dir, completed = _display(self.text, self.rtl_dir, kinds)
            if completed:
                self.output += completed
        self.str_widths += widths * size + 1000 * self.char_spacing * count
        self.str_height = size
        here = self.here
        span = self.line_span
        if (here is not None and span is not None and span[0] == here[0] and span[1] <= here[1] <= span[2]
                and 0.8 * (size * here[3]) >= 0.0 and (size * self.space_w / 1000 + 0.0) * here[2] > 0.0):
            # in_place's outcome where the baseline is in the line span and both thresholds are
            # positive: no break, no space; the span starts again after a line's end
            if (self.text[-1:] or self.output[-1:]) in ("", "\n"):
                self.line_span = (here[0], here[1], here[1])
        else:
            self.in_place()

    def show_space(self) -> None:
        """The space a TJ offset adds: pypdf's Tj of the str " " (its width is replaced after)."""
        self.previous_font_space = None
        font = self.font
        widths = 0.0
        widths += font.space_width if font.space_char == " " else font.get_text_width(" ")
        self.text += " "
        self.str_widths += widths * self.font_size + 1000 * self.char_spacing * 1
        self.str_height = self.font_size
        self.in_place()

    def in_place(self) -> None:
        """crlf_space_check after a Tj. pypdf compares the position with the last one checked;
        a Tj does not move the text matrix, so unless cm changed in the text object (then pypdf's
        own check is called) the move is nil: no line break (the line span holds the baseline)
        and a space only where the thresholds are not positive."""
        here = self.here
        if here is None:
            m = mult(self.tm, self.cm)
            if m != mult(self.tm_prev, self.cm_prev):
                self.moved(0.0)
                return
            here = self.here = self.place(m)
        axis_index, axis, scale_x, scale_y = here
        span = self.line_span
        if span is None or span[0] != axis_index:
            distance = 0.0
        else:
            lower, upper = span[1], span[2]
            distance = 0.0 if lower <= axis <= upper else min(abs(axis - lower), abs(axis - upper))
        text = self.text
        last = text[-1:] or self.output[-1:]
        threshold = 0.8 * min(self.str_height * scale_y, self.font_size * scale_y)
        if distance > threshold:
            if last not in ("", "\n"):
                self.output += text + "\n"
                self.text = ""
            self.line_span = (axis_index, axis, axis)
            return
        space_width = self.font_size * self.space_w
        if self.previous_font_space is not None:
            space_width = min(space_width, self.previous_font_space)
        if (0.0 > threshold or 0.0 >= (space_width / 1000 + 0.0) * scale_x) and last not in ("", " "):
            self.text = text + " "
        if last in ("", "\n") or span is None or span[0] != axis_index:
            self.line_span = (axis_index, axis, axis)
        else:
            self.line_span = (axis_index, min(span[1], axis), max(span[2], axis))

    def flush(self) -> None:
        self.output += self.text
        self.text = ""

    def set_font(self, operands: list) -> None:
        if self.text != "":
            self.previous_font_space = self.font_size * self.space_w
            self.output += self.text
        self.text = ""
        font = self.fonts.get(operands[0]) if operands and isinstance(operands[0], str) else None
        self.font = font = font if font is not None else self.reader.fonts.unknown
        self.glyphs = self.reader.glyphs.of(font)
        self.space_w = font.space_width / 2
        if len(operands) > 1 and isinstance(operands[1], float):
            self.font_size = operands[1]

    def run(self, data: bytes) -> str:
        for operands, op in _operations(data):
            if op == b"TJ*":  # hexadecimal strings and numbers
                confirm = self.space_w * 0.95
                for digits, number in operands:
                    if number:
                        if number == b"0" and confirm > 0.0:
                            continue  # no space, and the width less 0.0: unchanged
                        value = _number(number)
                        if value is not None:
                            self.offset(value, confirm)
                        continue
                    got = self.glyphs.get(digits)
                    if got is None:
                        got = self.glyphs[digits] = _Glyphs.read(self.font, _hex(digits))
                    self.show_read(got)
            elif op == b"Tm":
                try:
                    tm = [float(o) for o in operands[:6]]
                except (TypeError, ValueError):
                    tm = []
                self.tm = tm if len(tm) == 6 else list(_IDENTITY)
                self.moved(self.positioned())
            elif op == b"Tf":
                self.set_font(operands)
            elif op == b"BT":
                self.tm = list(_IDENTITY)
                self.here = None
                self.flush()
            elif op == b"ET":
                self.flush()
            elif op == b"TJ":
                confirm = self.space_w * 0.95
                if operands and isinstance(operands[0], list):
                    for item in operands[0]:
                        if isinstance(item, bytes):
                            self.show(item)
                        elif isinstance(item, float):
                            self.offset(item, confirm)
            elif op == b"Tj":
                self.show_operand(operands)
            elif op == b"q":
                self.cm_stack.append((self.cm, self.font, self.font_size, self.char_scale,
                                      self.space_scale, self.char_spacing, self.TL))
            elif op == b"Q":
                if self.cm_stack:
                    (self.cm, font, self.font_size, self.char_scale, self.space_scale,
                     self.char_spacing, self.TL) = self.cm_stack.pop()
                    if font is not self.font:
                        self.font, self.glyphs = font, self.reader.glyphs.of(font)
                else:
                    self.cm = list(_IDENTITY)
                self.here = None
            elif op == b"cm":
                self.flush()
                try:
                    self.cm = mult([float(o) for o in operands[:6]], self.cm)
                except Exception:  # noqa: BLE001 - as pypdf: a malformed cm resets the matrix
                    self.cm = list(_IDENTITY)
                self.here = None
            elif op == b"Td":
                self.td(operands)
            elif op == b"TD":
                if len(operands) >= 2:
                    if isinstance(operands[1], float):
                        self.TL = -operands[1]
                    self.td(operands)
            elif op == b"T*":
                self.t_star()
            elif op == b"'":
                self.t_star()
                self.show_operand(operands)
            elif op == b'"':
                if len(operands) >= 3:
                    self.space_scale = 1.0 + _num(operands, 0, 0.0)
                    self.char_spacing = _num(operands, 1, 0.0)
                    self.t_star()
                    self.show_operand(operands[2:])
            elif op == b"TL":
                self.TL = _num(operands, 0, 0.0)
            elif op == b"Tc":
                self.char_spacing = _num(operands, 0, 0.0)
            elif op == b"Tw":
                self.space_scale = 1.0 + _num(operands, 0, 0.0)
            elif op == b"Tz":
                self.char_scale = _num(operands, 0, 100.0) / 100
            elif op == b"Do" and operands:
                self.do(operands[0])
        self.output += self.text
        return self.output

    def show_operand(self, operands: list) -> None:
        """pypdf's Tj: a string shown; any other operand shows nothing but is checked."""
        if operands and isinstance(operands[0], bytes):
            self.show(operands[0])
        else:
            self.in_place()

    def offset(self, offset: float, space_width: float) -> None:
        """pypdf's process_tj_offset."""
        str_widths = self.str_widths - offset * self.font_size
        previous = self.text or self.output
        if -offset >= space_width and previous and previous[-1] not in " \n":
            self.show_space()
        self.str_widths = str_widths

    def td(self, operands: list) -> None:
        tx = _num(operands, 0, 0.0)
        ty = _num(operands, 1, 0.0)
        self.tm[4] += tx * self.tm[0] + ty * self.tm[2]
        self.tm[5] += tx * self.tm[1] + ty * self.tm[3]
        self.moved(self.positioned())

    def t_star(self) -> None:
        self.tm[4] -= self.TL * self.tm[2]
        self.tm[5] -= self.TL * self.tm[3]
        self.moved(self.positioned())

    def do(self, name) -> None:
        """pypdf's Do: the text so far ends a line, then comes the form's own text."""
        self.output += self.text
        if self.output and self.output[-1] != "\n":
            self.output += "\n"
        try:
            text = self.reader.form_text(self.resources, name)
            if text is not None:
                self.output += text
        except Exception:  # noqa: BLE001 - as pypdf: a form it cannot read adds nothing
            pass
        finally:
            self.text = ""


def _num(operands: list, index: int, default: float) -> float:
    if index < len(operands) and isinstance(operands[index], float):
        return operands[index]
    return default


class _Objects:
    """The PDF's objects as pypdf objects (pypdf's read_object on PyMuPDF's text of each object
    that is asked for; a stream's data decoded by PyMuPDF when it is read), so that pypdf's Font
    and its reading of resources see what a PdfReader would give: a PdfReader parses the whole
    object stream holding an object it is asked for (WeasyPrint's hold the structure tree)."""

    strict = False

    def __init__(self, doc: pymupdf.Document) -> None:
        self.doc = doc
        self.objects: dict[int, object] = {}

    def get_object(self, ref) -> object:
        idnum = ref if isinstance(ref, int) else ref.idnum
        obj = self.objects.get(idnum)
        if obj is None:
            obj = self.objects[idnum] = self.read(idnum)
        return obj

    def read(self, idnum: int) -> object:
        source = self.doc.xref_object(idnum, compressed=True).encode("latin-1")
        obj = read_object(BytesIO(source), self)
        if self.doc.xref_is_stream(idnum) and isinstance(obj, DictionaryObject):
            stream = _LazyStream(self.doc, idnum)
            stream.update(obj)
            obj = stream
        obj.indirect_reference = IndirectObject(idnum, 0, self)
        return obj


class _LazyStream(DecodedStreamObject):
    """A stream object whose data PyMuPDF decodes when it is first read."""

    def __init__(self, doc: pymupdf.Document, idnum: int) -> None:
        super().__init__()
        self._doc, self._idnum, self._read = doc, idnum, False

    def get_data(self) -> bytes:
        if not self._read:
            self._data = self._doc.xref_stream(self._idnum) or b""
            self._read = True
        return self._data


class _Fonts:
    """pypdf's Font of each font resource (as pypdf's _extract_text makes them), made once per
    font object of the document."""

    def __init__(self) -> None:
        self.made: dict[int, Font] = {}
        self.kept: list[Font] = []  # every font read, alive while the glyph cache keys on its id
        self.unknown = Font("Unknown", space_width=250, encoding=dict.fromkeys(range(256), "\ufffd"),
                            font_descriptor=FontDescriptor(), character_map={})
        self.initial = Font(name="NotInitialized", sub_type="Unknown",
                            encoding=encoding_dict_from_named_encoding("cp1252"),
                            font_descriptor=FontDescriptor())

    def of(self, resources: DictionaryObject) -> dict[str, Font]:
        fonts: dict[str, Font] = {}
        for name, ref in _get_font_resources(resources).items():
            key = ref.idnum if isinstance(ref, IndirectObject) else None
            if key is not None and key in self.made:
                fonts[name] = self.made[key]
                continue
            try:
                font = Font.from_font_resource(ref.get_object())
                if font.character_widths.get(font.space_char, 0) == 0:
                    font.space_width = _SPACE_WIDTH
            except (AttributeError, TypeError):
                continue
            fonts[name] = font
            self.kept.append(font)
            if key is not None:
                self.made[key] = font
        return fonts


class _Reader:
    def __init__(self, path: Path | str) -> None:
        self.doc = pymupdf.open(path)
        self.objects = _Objects(self.doc)
        self.fonts = _Fonts()
        self.glyphs = _Glyphs()

    def page_text(self, index: int) -> str:
        """pypdf's _extract_text of a page."""
        page = self.doc[index]
        obj = self.objects.get_object(page.xref)
        resources = _get_page_resources(obj)
        if not resources or obj.get("/Contents") is None:
            return ""
        data = page.read_contents()
        if not _TEXT_OPERATOR.search(data):
            return ""
        self.reading: set[int] = set()
        self.forms_entered = 0
        return _Extraction(self, resources).run(data)

    def form_text(self, resources: DictionaryObject, name: str) -> str | None:
        """pypdf's _extract_text__xform: the text of the form ``name`` (None for an image)."""
        xform = resources["/XObject"][name]
        if xform["/Subtype"] == "/Image":
            return None
        if id(xform) in self.reading or self.forms_entered >= _FORMS_PER_PAGE:
            return ""  # a cycle; or pypdf's limit of form invocations in one extraction
        self.forms_entered += 1
        self.reading.add(id(xform))
        try:
            form_resources = _get_page_resources(xform)
            if not form_resources:
                return ""
            data = xform.get_data()
            if not _TEXT_OPERATOR.search(data or b""):
                return ""
            return _Extraction(self, form_resources).run(data)
        finally:
            self.reading.discard(id(xform))


def page_texts(pdf_path: Path | str) -> list[str]:
    """Each page's text, as ``[p.extract_text() for p in pypdf.PdfReader(pdf_path).pages]``."""
    if (_text_extraction.CUSTOM_RTL_MIN, _text_extraction.CUSTOM_RTL_MAX,
            _text_extraction.CUSTOM_RTL_SPECIAL_CHARS) != (CUSTOM_RTL_MIN, CUSTOM_RTL_MAX, CUSTOM_RTL_SPECIAL_CHARS):
        raise NotImplementedError("pypdf's right-to-left ranges changed (set_custom_rtl): read with pypdf")
    reader = _Reader(pdf_path)
    try:
        return [reader.page_text(i) for i in range(reader.doc.page_count)]
    finally:
        reader.doc.close()


def outline(pdf_path: Path | str) -> list[tuple[int, str]]:
    """(level, title) of each bookmark in order, as walking ``pypdf.PdfReader(pdf_path).outline``
    gives them (level 1 at the top, a nested list one level down): PyMuPDF's table of contents,
    the same on every report tests/test_pdf_text.py compares, where pypdf parses every object
    stream the outline's objects are in (about a second for a demo report)."""
    with pymupdf.open(pdf_path) as doc:
        return [(level, title) for level, title, _page in doc.get_toc(simple=True)]


_REFERENCE = re.compile(r"(\d+) \d+ R")
# an array of references and numbers only (possessive: no backtracking on a long one that is not)
_REFERENCES = re.compile(r"\[(?:\s*+(?:\d++ \d++ R(?![^\s\]])|\d++(?![^\s\]])))*+\s*+\]")


class PdfFile:
    """A PDF read with PyMuPDF for the tests' checks of its objects and content streams, where a
    pypdf PdfReader parses every object stream an object it is asked for is in and an object per
    glyph of a page's content (``ContentStream(...).operations``: most of a second a report page):

    - :meth:`object`, :attr:`root`, :meth:`page`: the objects as pypdf objects (pypdf's read_object
      on PyMuPDF's text of each object asked for, references followed the same way): what a
      PdfReader gives, a page's inheritable /Resources included (:meth:`resources`), a page as
      pypdf's PageObject (:meth:`pypdf_page`); a structure element's kids (:meth:`kids`);
    - :meth:`operations`: a page's content-stream operations as pypdf's
      ``ContentStream(page.get_contents(), reader).operations`` gives them, cut by this module's
      tokenizer (_operations): operators as bytes; numbers as floats, names as str with their
      slash, strings as their raw bytes (pypdf's ``original_bytes``), arrays as lists,
      dictionaries as dicts, true and false (in an array or a dictionary) as bools and null as
      None; an inline image as ([], b"INLINE IMAGE") (pypdf gives its settings and data).

    tests/test_pdf_text.py checks the operations against pypdf's on a report's pages."""

    def __init__(self, path: Path | str) -> None:
        self.doc = pymupdf.open(path)
        self.objects = _Objects(self.doc)

    def __enter__(self) -> PdfFile:
        return self

    def __exit__(self, *exc) -> None:
        self.doc.close()

    def __len__(self) -> int:
        return self.doc.page_count

    def object(self, xref: int):
        return self.objects.get_object(xref)

    @property
    def root(self) -> DictionaryObject:
        """The catalog (pypdf's ``reader.trailer["/Root"]``)."""
        return self.object(self.doc.pdf_catalog())

    def page_xref(self, index: int) -> int:
        return self.doc.page_xref(index)

    def page(self, index: int) -> DictionaryObject:
        """The page object of page ``index`` (from 0)."""
        return self.object(self.doc.page_xref(index))

    def resources(self, index: int) -> DictionaryObject:
        """The page's /Resources, inherited from its page tree where the page has none (as
        PdfReader.pages gives them)."""
        node = self.page(index)
        while "/Resources" not in node and "/Parent" in node:
            node = node["/Parent"].get_object()
        return node.get("/Resources", DictionaryObject()).get_object()

    def pypdf_page(self, index: int) -> PageObject:
        """Page ``index`` as a pypdf PageObject over these objects (its /Resources inherited where
        it has none): pypdf's own methods (extract_text with its visitors) read it as they read a
        PdfReader's page, without parsing the object streams whole."""
        obj = self.page(index)
        page = PageObject(self.objects, obj.indirect_reference)
        page.update(obj)
        if "/Resources" not in page:
            page[NameObject("/Resources")] = self.resources(index)
        return page

    def kids(self, xref: int) -> list[int] | None:
        """The object numbers the /K of object ``xref`` refers to, in order (a structure element's
        kids; none for marked content alone or no /K), read with PyMuPDF's key access
        (``xref_get_key``: a structure tree's thousands of elements without a pypdf object each);
        None where the /K holds anything else than references and MCIDs or ``xref`` is no
        dictionary (read those as pypdf objects)."""
        kind, value = self.doc.xref_get_key(xref, "K")
        if kind == "xref":
            return [int(value.split()[0])]
        if kind == "array":
            return [int(n) for n in _REFERENCE.findall(value)] if _REFERENCES.fullmatch(value) else None
        if kind == "null" and not self.doc.xref_get_keys(xref) and not self.doc.xref_object(xref).lstrip().startswith("<<"):
            return None
        return [] if kind in ("int", "null") else None

    def operations(self, index: int) -> list[tuple[list, bytes]]:
        """The operations of page ``index``'s content (its streams joined): see the class."""
        return list(_operations(self.doc[index].read_contents(), keep=None, tj_pairs=False))
