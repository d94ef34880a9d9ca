"""Text from a database or a workbook as a terminal shows it: control characters (ESC sequences
act on the terminal, CR overwrites a line) and bidirectional overrides written as escapes such as
``\\x1b``. For terminal output only; ``--json`` and files carry the text unchanged."""
from __future__ import annotations

import re
from typing import Any

_UNSAFE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def shown(text: Any) -> str:
    """``text`` safe to print: every control character (line breaks included) as ``\\xHH`` or
    ``\\uHHHH``; everything else as it is."""
    s = str(text)
    if _UNSAFE.search(s) is None:
        return s
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group(0)):02x}" if ord(m.group(0)) <= 0xFF
                       else f"\\u{ord(m.group(0)):04x}", s)


LINE_MAX = 600  # characters of an error line: a long value from outside is cut, never echoed whole


def cut(text: str, limit: int = LINE_MAX) -> str:
    """``text`` kept to ``limit`` characters: its start and end, and how many were left out
    (a 131,000-character argument in an error line)."""
    if len(text) <= limit:
        return text
    tail = limit // 5
    end = text[-tail:]
    # the end starts at a word, so that an option it names is never cut ("...-accept-signatures")
    space = end.find(" ")
    if 0 <= space < tail // 2 and not text[-tail - 1].isspace():
        end = end[space + 1:]
    left = len(text) - (limit - tail) - len(end)
    return f"{text[:limit - tail]}... ({left} characters left out) ...{end}"
