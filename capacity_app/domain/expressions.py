"""A small, safe, XLSForm-like expression language for relevance rules and constraints.

Never ``eval``: text is tokenised and parsed into a tree of tuples, then interpreted.

Grammar (lowest precedence first)::

    expr    := or
    or      := and ("or" and)*
    and     := cmp ("and" cmp)*
    cmp     := add (("=" | "!=" | "<" | "<=" | ">" | ">=") add)?
    add     := mul (("+" | "-") mul)*
    mul     := unary (("*" | "div" | "mod") unary)*
    unary   := "-" unary | primary
    primary := NUMBER | STRING | "${" NAME "}" | "." | NAME "(" args? ")" | "(" expr ")"

Functions: not, selected, count-selected, string-length, if, coalesce, number, int, true, false,
year (of an ISO date). Empty answers are ``None``; they equal ``''``, compare false with numbers,
and count as false in ``and``/``or``.

Bounded: an expression is at most :data:`MAX_LENGTH` characters and :data:`MAX_TOKENS`
tokens, nests parentheses, calls and signs at most :data:`MAX_NESTING` deep, makes a tree at most
:data:`MAX_DEPTH` deep (what evaluation recurses through), and writes a number in at most
:data:`MAX_DIGITS` digits; the tokenizer is linear. Anything past a limit is an
:class:`ExpressionError` in one line (the loaders add the file and the line).
"""
from __future__ import annotations

import math
import operator
import re
from dataclasses import dataclass
from typing import Any
from collections.abc import Callable

__all__ = ["ExpressionError", "Expression", "parse", "evaluate"]


MAX_LENGTH = 4_000  # characters (the bundled questionnaire's longest: 160)
MAX_TOKENS = 1_000
MAX_NESTING = 32  # parentheses, function calls and signs inside one another
MAX_DEPTH = 100  # the parsed tree (a chain of 100 'or' is 100 deep)
MAX_DIGITS = 15  # of a number (a double holds 15 exactly)
_SHOWN = 60  # characters of the expression quoted in an error


class ExpressionError(ValueError):
    def __init__(self, message: str, text: str = "", pos: int | None = None):
        self.message = message
        self.text = text
        self.pos = pos
        where = f" at column {pos + 1}" if pos is not None else ""
        super().__init__(f"{message}{where} in expression {_quoted(text, pos)}" if text else message)


def _quoted(text: str, pos: int | None) -> str:
    """The expression as an error quotes it: whole when short, else the part around ``pos`` (one
    line whatever it holds: repr escapes line breaks)."""
    if len(text) <= _SHOWN:
        return repr(text)
    start = max(0, min((pos or 0) - _SHOWN // 2, len(text) - _SHOWN))
    return (("..." if start else "") + repr(text[start:start + _SHOWN])
            + ("..." if start + _SHOWN < len(text) else "") + f" ({len(text)} characters)")


_TOKEN = re.compile(
    r"""\s*(?:
        (?P<num>\d+(?:\.\d+)?)
      | (?P<str>'[^']*'|"[^"]*")
      | (?P<ref>\$\{\s*(?P<refname>[A-Za-z_@][A-Za-z0-9_]*)\s*\})
      | (?P<op><=|>=|!=|=|<|>|\+|-|\*|\(|\)|,)
      | (?P<name>[A-Za-z_][A-Za-z0-9_\-]*)
      | (?P<dot>\.)
    )""",
    re.VERBOSE,
)

FUNCTIONS = {
    "not": (1, 1), "selected": (2, 2), "count-selected": (1, 1), "string-length": (1, 1),
    "if": (3, 3), "coalesce": (2, 8), "number": (1, 1), "int": (1, 1), "true": (0, 0),
    "false": (0, 0), "year": (1, 1),
}
KEYWORD_OPS = {"and", "or", "div", "mod"}


# A parsed expression: ("lit", value), ("ref", name), ("cur",), ("neg", node),
# ("bin", op, left, right) or ("call", name, (node, ...)).
Node = tuple[Any, ...]
Token = tuple[str, Any, int]


@dataclass(frozen=True)
class Expression:
    text: str
    tree: Node
    references: frozenset[str]
    uses_current: bool


_SPACE = re.compile(r"\s*")


def _tokenize(text: str) -> list[Token]:
    """The tokens of ``text``, in one pass (linear: each step starts where the last ended)."""
    tokens: list[Token] = []
    pos = 0
    text_len = len(text)
    while True:
        pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]  # \s* always matches
        if pos >= text_len:
            break
        if len(tokens) >= MAX_TOKENS:
            raise ExpressionError(f"more than {MAX_TOKENS} tokens", text, pos)
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ExpressionError(f"unexpected character {text[pos]!r}", text, pos)
        start = m.start(m.lastgroup) if m.lastgroup else pos
        if m.group("num") is not None:
            n = m.group("num")
            if len(n) - ("." in n) > MAX_DIGITS:
                raise ExpressionError(f"a number of more than {MAX_DIGITS} digits", text, start)
            tokens.append(("num", float(n) if "." in n else int(n), start))
        elif m.group("str") is not None:
            tokens.append(("str", m.group("str")[1:-1], start))
        elif m.group("ref") is not None:
            tokens.append(("ref", m.group("refname"), start))
        elif m.group("op") is not None:
            tokens.append(("op", m.group("op"), start))
        elif m.group("name") is not None:
            name = m.group("name")
            tokens.append(("op" if name in KEYWORD_OPS else "name", name, start))
        else:
            tokens.append(("dot", ".", start))
        pos = m.end()
    tokens.append(("end", None, len(text)))
    return tokens


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.tokens = _tokenize(text)
        self.i = 0
        self.refs: set[str] = set()
        self.uses_current = False
        self.nesting = 0

    def nest(self, pos: int) -> None:
        self.nesting += 1
        if self.nesting > MAX_NESTING:
            raise ExpressionError(f"nested more than {MAX_NESTING} deep (parentheses, calls or signs)",
                                  self.text, pos)

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, value: str) -> None:
        kind, val, pos = self.take()
        if kind != "op" or val != value:
            found = "end of expression" if kind == "end" else repr(val)
            raise ExpressionError(f"expected {value!r}, found {found}", self.text, pos)

    def parse(self) -> Node:
        tree = self.binary(0)
        kind, val, pos = self.peek()
        if kind != "end":
            raise ExpressionError(f"unexpected {val!r}", self.text, pos)
        return tree

    LEVELS = (("or",), ("and",), ("=", "!=", "<", "<=", ">", ">="), ("+", "-"), ("*", "div", "mod"))

    def binary(self, level: int) -> Node:
        if level == len(self.LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        ops = self.LEVELS[level]
        while True:
            kind, val, _ = self.peek()
            if kind == "op" and val in ops:
                self.take()
                right = self.binary(level + 1)
                left = ("bin", val, left, right)
                if level == 2:  # comparisons do not chain
                    kind2, val2, pos2 = self.peek()
                    if kind2 == "op" and val2 in ops:
                        raise ExpressionError("comparisons cannot be chained; use 'and'", self.text, pos2)
            else:
                return left

    def unary(self) -> Node:
        kind, val, pos = self.peek()
        if kind == "op" and val == "-":
            self.take()
            self.nest(pos)
            node = ("neg", self.unary())
            self.nesting -= 1
            return node
        return self.primary()

    def primary(self) -> Node:
        kind, val, pos = self.take()
        if kind == "num" or kind == "str":
            return ("lit", val)
        if kind == "ref":
            self.refs.add(val)
            return ("ref", val)
        if kind == "dot":
            self.uses_current = True
            return ("cur",)
        if kind == "op" and val == "(":
            self.nest(pos)
            inner = self.binary(0)
            self.expect(")")
            self.nesting -= 1
            return inner
        if kind == "name":
            if val not in FUNCTIONS:
                raise ExpressionError(f"unknown function {val!r}", self.text, pos)
            self.expect("(")
            self.nest(pos)
            args: list[Node] = []
            k2, v2, _ = self.peek()
            if not (k2 == "op" and v2 == ")"):
                args.append(self.binary(0))
                while True:
                    k3, v3, _ = self.peek()
                    if k3 == "op" and v3 == ",":
                        self.take()
                        args.append(self.binary(0))
                    else:
                        break
            self.expect(")")
            self.nesting -= 1
            lo, hi = FUNCTIONS[val]
            if not lo <= len(args) <= hi:
                want = str(lo) if lo == hi else f"{lo} to {hi}"
                raise ExpressionError(f"{val}() takes {want} argument(s), got {len(args)}", self.text, pos)
            return ("call", val, tuple(args))
        if kind == "end":
            raise ExpressionError("unexpected end of expression", self.text, pos)
        raise ExpressionError(f"unexpected {val!r}", self.text, pos)


_CACHE: dict[str, Expression] = {}


def parse(text: str) -> Expression:
    """Parse ``text``; raises :class:`ExpressionError` with the column of the problem."""
    cached = _CACHE.get(text)
    if cached is not None:
        return cached
    if not isinstance(text, str) or not text.strip():
        raise ExpressionError("empty expression", str(text)[:_SHOWN])
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"longer than {MAX_LENGTH} characters", text)
    p = _Parser(text)
    tree = p.parse()
    if _depth(tree) > MAX_DEPTH:
        raise ExpressionError(f"more than {MAX_DEPTH} operations inside one another (split it)", text)
    expr = Expression(text, tree, frozenset(p.refs), p.uses_current)
    _CACHE[text] = expr
    return expr


def _depth(tree: Node) -> int:
    """The depth of a parsed tree, without recursion."""
    deepest = 0
    stack = [(tree, 1)]
    while stack:
        node, d = stack.pop()
        deepest = max(deepest, d)
        if node[0] == "neg":
            stack.append((node[1], d + 1))
        elif node[0] == "bin":
            stack += [(node[2], d + 1), (node[3], d + 1)]
        elif node[0] == "call":
            stack += [(a, d + 1) for a in node[2]]
    return deepest


# --- evaluation ---------------------------------------------------------------------------

def _num(v: Any) -> float | None:
    if v is None or v == "" or isinstance(v, (list, tuple)):
        return None
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, (int, float)):
        return v
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _truth(v: Any) -> bool:
    if v is None:
        return False
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return v != 0
    if isinstance(v, (list, tuple)):
        return len(v) > 0
    return str(v) != ""


def _eq(a: Any, b: Any) -> bool:
    if a is None or a == "":
        return b is None or b == "" or b == []
    if b is None or b == "":
        return isinstance(a, list) and not a
    if isinstance(a, str) and isinstance(b, str):
        return a == b  # two texts compare as written ("01" is not "1"): no number read (most rules)
    na, nb = _num(a), _num(b)
    if na is not None and nb is not None:
        return na == nb
    if isinstance(a, (list, tuple)) or isinstance(b, (list, tuple)):
        return list(a if isinstance(a, (list, tuple)) else [a]) == list(b if isinstance(b, (list, tuple)) else [b])
    return str(a) == str(b)


_ORDER: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}


def _compare(op: str, a: Any, b: Any) -> bool:
    na, nb = _num(a), _num(b)
    if na is not None and nb is not None:
        return _ORDER[op](na, nb)
    if isinstance(a, str) and isinstance(b, str) and a != "" and b != "":
        return _ORDER[op](a, b)  # ISO dates compare as strings
    return False


def evaluate(expr: Expression | str, lookup: Callable[[str], Any], current: Any = None) -> Any:
    """Evaluate with ``lookup(name)`` giving the value of ``${name}`` (None when empty)."""
    if isinstance(expr, str):
        expr = parse(expr)
    return _eval(expr.tree, lookup, current)


def _eval(node: Node, lookup: Callable[[str], Any], cur: Any) -> Any:
    tag = node[0]
    if tag == "lit":
        return node[1]
    if tag == "ref":
        return lookup(node[1])
    if tag == "cur":
        return cur
    if tag == "neg":
        v = _num(_eval(node[1], lookup, cur))
        return None if v is None else -v
    if tag == "bin":
        op = node[1]
        if op == "and":
            return _truth(_eval(node[2], lookup, cur)) and _truth(_eval(node[3], lookup, cur))
        if op == "or":
            return _truth(_eval(node[2], lookup, cur)) or _truth(_eval(node[3], lookup, cur))
        a = _eval(node[2], lookup, cur)
        b = _eval(node[3], lookup, cur)
        if op == "=":
            return _eq(a, b)
        if op == "!=":
            return not _eq(a, b)
        if op in ("<", "<=", ">", ">="):
            return _compare(op, a, b)
        na, nb = _num(a), _num(b)
        if na is None or nb is None:
            return None
        if op == "+":
            return na + nb
        if op == "-":
            return na - nb
        if op == "*":
            return na * nb
        if op == "div":
            return None if nb == 0 else na / nb
        if op == "mod":
            return None if nb == 0 else na % nb
        raise ExpressionError(f"unknown operator {op!r}")  # pragma: no cover - parser guards
    if tag == "call":
        return _call(node[1], [(_eval(a, lookup, cur)) for a in node[2]])
    raise ExpressionError(f"bad expression node {tag!r}")  # pragma: no cover


def _call(name: str, args: list[Any]) -> Any:
    if name == "not":
        return not _truth(args[0])
    if name == "true":
        return True
    if name == "false":
        return False
    if name == "selected":
        v, code = args
        if isinstance(v, (list, tuple)):
            return str(code) in [str(x) for x in v]
        return v is not None and str(v) == str(code)
    if name == "count-selected":
        v = args[0]
        return len(v) if isinstance(v, (list, tuple)) else (0 if v in (None, "") else 1)
    if name == "string-length":
        return 0 if args[0] is None else len(str(args[0]))
    if name == "if":
        return args[1] if _truth(args[0]) else args[2]
    if name == "coalesce":
        for a in args:
            if a not in (None, "", []):
                return a
        return None
    if name == "number":
        return _num(args[0])
    if name == "int":
        n = _num(args[0])
        return None if n is None or not math.isfinite(n) else int(n)
    if name == "year":
        v = args[0]
        if isinstance(v, str) and len(v) >= 4 and v[:4].isdigit():
            return int(v[:4])
        return None
    raise ExpressionError(f"unknown function {name!r}")  # pragma: no cover
