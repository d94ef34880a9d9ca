"""The questionnaire's expressions (domain/expressions.py) written as the XPath of an XLSForm, for
ODK Collect, ODK Central's web forms and KoboToolbox (Enketo).

The two languages agree on most things: ``${name}`` references, ``.``, ``and``/``or``/``not()``,
``selected``, ``count-selected``, ``string-length``, ``if``, ``coalesce``, ``number``, ``int``,
``true()``, ``false()``, ``+ - * div mod``, and an empty answer equal to ``''`` that compares false
with any number. Where they differ the translation says how it bridges them, or refuses:

* A bare answer used as true or false: the questionnaire takes an empty answer (and 0) as false;
  XPath takes a question that exists as true whatever it holds. Written ``string-length(x) > 0``
  (a text, a choice, a date) or ``boolean(number(x))`` (a number).
* ``year(d)``: not an XPath function; written ``number(substring(d, 1, 4))`` (an empty date gives
  NaN, which compares false with any number, as the questionnaire's empty does).
* ``coalesce`` of more than two: nested pairs (XLSForm's takes two).
* ``<``, ``<=``, ``>``, ``>=``: XPath compares numbers only. A date answer against an ISO date
  text is written against ``date('YYYY-MM-DD')``; two dates compare as dates; any other text on
  either side is refused (:class:`Untranslatable`), never passed on to compare wrongly.
* ``div`` and ``mod`` by zero: the questionnaire gives empty, XPath Infinity or NaN; translated
  with a warning unless the divisor is a number other than 0.
* An answer the form does not ask (an institution's form holds only its part) is written as the
  value the mission already has, a literal (``''`` when it has none), so the condition still reads
  what the mission knows.

Pure: no I/O. ``to_xpath`` returns the text and the warnings.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ...domain.expressions import Node, evaluate, parse

NUMBER_TYPES = ("integer", "decimal", "year", "rating")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Untranslatable(ValueError):
    """An expression XPath cannot say with the questionnaire's meaning (one line)."""


@dataclass
class Scope:
    """How the references of one expression are written.

    ``names``: ``${id}`` -> the XLSForm question name, for the answers the form asks (a grid's
    column by the name it has in the form); ``types``: the field type of each name given in
    ``names`` and of ``.`` (key ``"."``); ``known``: the value the mission has for an answer the
    form does not ask (None: none)."""

    names: Mapping[str, str]
    types: Mapping[str, str]
    known: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class _Out:
    text: str
    kind: str  # "number", "date", "text", "bool", "select", "any"
    literal: Any = None  # the Python value of a literal (or a known answer), else None
    is_literal: bool = False


def to_xpath(text: str, scope: Scope) -> tuple[str, list[str]]:
    """``text`` (the questionnaire's expression) as XPath; raises :class:`Untranslatable`."""
    expr = parse(text)
    warnings: list[str] = []
    tr = _Translator(scope, warnings, text)
    return tr.boolean(expr.tree), warnings  # a relevance or a constraint: true or false


def _quote(s: str, where: str) -> str:
    if "'" not in s:
        return f"'{s}'"
    if '"' not in s:
        return f'"{s}"'
    raise Untranslatable(f"a text holding both kinds of quote cannot be written in XPath in {where!r}")


def _number(v: float | int) -> str:
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int) or float(v).is_integer():
        return str(int(v))
    return repr(float(v))


def _literal(value: Any, kind: str, where: str) -> _Out:
    """A literal (or a known answer) as XPath."""
    if value is None or value == "" or value == [] or value == ():
        return _Out("''", "text", "", True)
    if isinstance(value, bool):
        return _Out("true()" if value else "false()", "bool", value, True)
    if isinstance(value, (int, float)):
        return _Out(_number(value), "number", value, True)
    if isinstance(value, (list, tuple)):  # a select_multiple answer: codes separated by spaces
        return _Out(_quote(" ".join(str(v) for v in value), where), "select", list(value), True)
    s = str(value)
    return _Out(_quote(s, where), "date" if kind == "date" and _ISO_DATE.match(s) else
                ("number" if kind in NUMBER_TYPES else "text"), s, True)


class _Translator:
    def __init__(self, scope: Scope, warnings: list[str], text: str) -> None:
        self.scope = scope
        self.warnings = warnings
        self.text = text

    def node(self, n: Node) -> _Out:
        tag = n[0]
        if tag == "lit":
            v = n[1]
            if isinstance(v, str):
                return _Out(_quote(v, self.text), "date" if _ISO_DATE.match(v) else "text", v, True)
            return _Out(_number(v), "number", v, True)
        if tag == "ref":
            return self.ref(n[1])
        if tag == "cur":
            return _Out(".", self._kind(self.scope.types.get(".", "")))
        if tag == "neg":
            inner = self.node(n[1])
            return _Out(f"-({inner.text})", "number")
        if tag == "bin":
            return self.binary(n[1], n[2], n[3])
        if tag == "call":
            return self.call(n[1], n[2])
        raise Untranslatable(f"unknown element {tag!r} in {self.text!r}")  # pragma: no cover - parser guards

    @staticmethod
    def _kind(ftype: str) -> str:
        if ftype in NUMBER_TYPES:
            return "number"
        if ftype == "date":
            return "date"
        if ftype in ("select_one", "select_multiple"):
            return "select"
        return "text"

    def ref(self, name: str) -> _Out:
        if name in self.scope.names:
            return _Out("${" + self.scope.names[name] + "}", self._kind(self.scope.types.get(name, "")))
        if name in self.scope.known:
            return _literal(self.scope.known[name], self.scope.types.get(name, ""), self.text)
        raise Untranslatable(f"${{{name}}} is neither asked in the form nor known to the mission in {self.text!r}")

    def boolean(self, n: Node) -> str:
        """``n`` used as true or false, with the questionnaire's meaning of an empty answer."""
        out = self.node(n)
        if out.is_literal:  # a constant or a known answer: the questionnaire's own truth of it
            v = out.literal
            true = bool(v) if isinstance(v, (bool, int, float, list)) else str(v) != ""
            return "true()" if true else "false()"
        if n[0] in ("ref", "cur"):
            if out.kind == "number":
                return f"boolean(number({out.text}))"
            return f"string-length({out.text}) > 0"
        return out.text

    def binary(self, op: str, left: Node, right: Node) -> _Out:
        if op in ("and", "or"):
            return _Out(f"({self.boolean(left)} {op} {self.boolean(right)})", "bool")
        a, b = self.node(left), self.node(right)
        if op in ("=", "!="):
            if a.is_literal and b.is_literal:  # known answers only: decided here, as the questionnaire does
                same = evaluate(parse(f"${{a}} {op} ${{b}}"), {"a": a.literal, "b": b.literal}.get)
                return _Out("true()" if same else "false()", "bool", bool(same), True)
            return _Out(f"{self._operand(a)} {op} {self._operand(b)}", "bool")
        if op in ("<", "<=", ">", ">="):
            return _Out(self.order(op, a, b), "bool")
        if op in ("div", "mod"):
            if not (b.is_literal and isinstance(b.literal, (int, float)) and b.literal != 0):
                self.warnings.append(f"{self.text!r}: {op} by an answer that may be 0 gives empty in the "
                                     "questionnaire but Infinity or NaN in the form")
        return _Out(f"({self._operand(a)} {op} {self._operand(b)})", "number")

    @staticmethod
    def _operand(o: _Out) -> str:
        return o.text

    def order(self, op: str, a: _Out, b: _Out) -> str:
        """A comparison of order: numbers as numbers, dates as dates (an ISO text against a date
        answer written as ``date('…')``); a text is refused, as XPath would compare it as a number."""
        empty = [o.is_literal and o.literal == "" for o in (a, b)]
        if "date" in (a.kind, b.kind):
            sides = []
            for o, blank in zip((a, b), empty, strict=True):
                if blank:
                    sides.append(o.text)  # empty: false either way, as in the questionnaire
                elif o.kind != "date":
                    raise Untranslatable(f"{op} between a date and a number or a text in {self.text!r}")
                else:
                    sides.append(f"date({o.text})" if o.is_literal else o.text)
            return f"{sides[0]} {op} {sides[1]}"
        for o, blank in zip((a, b), empty, strict=True):
            if o.kind in ("text", "select") and not blank and not (o.is_literal and _is_number_text(o.literal)):
                raise Untranslatable(f"{op} between texts compares them as text in the questionnaire "
                                     f"but as numbers in XPath, in {self.text!r}")
        return f"{a.text} {op} {b.text}"

    def constant(self, name: str, outs: list[_Out]) -> _Out:
        """``selected`` or ``count-selected`` of known answers, decided by the questionnaire's own
        interpreter (a text of codes read by ODK and Enketo alike is not relied upon)."""
        values = {f"v{i}": o.literal for i, o in enumerate(outs)}
        call = f"{name}({', '.join('${' + k + '}' for k in values)})"
        v = evaluate(parse(call), lambda k: None if values[k] == "" else values[k])
        if isinstance(v, bool):
            return _Out("true()" if v else "false()", "bool", v, True)
        return _literal(v, "", self.text)

    def call(self, name: str, args: tuple[Node, ...]) -> _Out:
        if name == "true" or name == "false":
            return _Out(f"{name}()", "bool", name == "true", True)
        if name == "not":
            return _Out(f"not({self.boolean(args[0])})", "bool")
        if name == "if":
            a, b = self.node(args[1]), self.node(args[2])
            kind = a.kind if a.kind == b.kind else "any"
            return _Out(f"if({self.boolean(args[0])}, {a.text}, {b.text})", kind)
        outs = [self.node(a) for a in args]
        if name == "coalesce":
            if all(o.is_literal for o in outs):  # known answers only: decided here
                for o in outs:
                    if o.literal not in ("", None, []):
                        return o
                return _literal("", "", self.text)
            kinds = {o.kind for o in outs if not (o.is_literal and o.literal == "")}
            kind = kinds.pop() if len(kinds) == 1 else "any"
            text = outs[-1].text
            for o in reversed(outs[:-1]):
                text = f"coalesce({o.text}, {text})"
            return _Out(text, kind)
        if name == "year":
            o = outs[0]
            if o.is_literal:
                s = str(o.literal)
                return _literal(int(s[:4]) if len(s) >= 4 and s[:4].isdigit() else "", "", self.text)
            return _Out(f"number(substring({o.text}, 1, 4))", "number")
        if all(o.is_literal for o in outs) and name in ("selected", "count-selected"):
            return self.constant(name, outs)
        if name in ("selected", "count-selected", "string-length", "number", "int"):
            kind = "bool" if name == "selected" else "number"
            return _Out(f"{name}({', '.join(o.text for o in outs)})", kind)
        raise Untranslatable(f"the function {name}() has no XPath equivalent here, in {self.text!r}")


def _is_number_text(v: Any) -> bool:
    try:
        float(str(v))
    except ValueError:
        return False
    return True
