"""docs/architecture.md stays a map a new maintainer reads in ten minutes: at most 1,500 words
outside the blocks tools/tree_doc.py writes, and every path it names exists."""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"
MAX_WORDS = 1500

sys.path.insert(0, str(ROOT / "tools"))
import tree_doc  # noqa: E402

GENERATED = [(tree_doc.BEGIN, tree_doc.END), (tree_doc.MIGRATIONS_BEGIN, tree_doc.MIGRATIONS_END),
             (tree_doc.CONTRACTS_BEGIN, tree_doc.CONTRACTS_END)]
# a path as the page writes it: capacity_app/..., or a file or folder of the repository's top folders
PATH = re.compile(r"(?<![\w/.-])((?:capacity_app|tests|tools|docs|benchmarks|resources|assessments)/[\w./<>*-]*)")


def hand_written(text: str) -> str:
    """The page without its generated blocks (their markers kept out too)."""
    for begin, end in GENERATED:
        assert text.count(begin) == 1 and text.count(end) == 1, f"the markers {begin!r} / {end!r}"
        head, rest = text.split(begin, 1)
        _block, tail = rest.split(end, 1)
        text = head + tail
    return text


def test_architecture_is_at_most_1500_words():
    words = len(hand_written(DOC.read_text(encoding="utf-8")).split())
    assert words <= MAX_WORDS, f"docs/architecture.md: {words} words outside the generated blocks (at most {MAX_WORDS})"


def test_every_path_it_names_exists():
    missing = []
    for found in PATH.findall(hand_written(DOC.read_text(encoding="utf-8"))):
        path = found.rstrip(".")
        if "<" in path or "*" in path:
            continue  # a pattern (`strings.<lang>.yaml`, `assessments/*.yaml`): its folder is checked
        if not (ROOT / path).exists():
            missing.append(path)
    assert missing == [], f"docs/architecture.md names paths that do not exist: {missing}"


def test_patterns_it_names_have_their_folder():
    for found in PATH.findall(hand_written(DOC.read_text(encoding="utf-8"))):
        if "<" in found or "*" in found:
            folder = found.split("<")[0].split("*")[0].rsplit("/", 1)[0]
            assert (ROOT / folder).is_dir(), found
