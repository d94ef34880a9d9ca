"""docs/architecture.md stays a map a new maintainer reads in ten minutes: at most 1,500 words
outside the blocks tools/tree_doc.py writes, every schema step and import contract in its generated
lists, every capability folder named, and every path, link and anchor it names existing."""
import re
import sys
import tomllib
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
# what the page writes as code: a name with a slash or a file's suffix is a path from the repository's top
CODE = re.compile(r"`([^`\s]+)`")
FILE_SUFFIX = re.compile(r"\.(?:py|yaml|json|md|j2|css|ts|toml|docx|po)$")
LINK = re.compile(r"\]\(([^)\s]+)\)")
STEP = re.compile(r"^def (m\d{3}_\w+)\(", re.MULTILINE)


def page() -> str:
    return DOC.read_text(encoding="utf-8")


def generated(text: str, begin: str, end: str) -> str:
    assert text.count(begin) == 1 and text.count(end) == 1, f"the markers {begin!r} / {end!r}"
    return text.split(begin, 1)[1].split(end, 1)[0]


def hand_written(text: str) -> str:
    """The page without its generated blocks (their markers kept out too)."""
    for begin, end in GENERATED:
        block = generated(text, begin, end)
        text = text.replace(begin + block + end, "")
    return text


def named_paths(text: str) -> set[str]:
    """Every path the hand-written page names: its top folders' paths, and each code span that has a
    slash or a file's suffix."""
    found = {p.rstrip(".") for p in PATH.findall(text)}
    for code in CODE.findall(text):
        if ("/" in code or FILE_SUFFIX.search(code)) and not code.startswith(("http", "[")):
            found.add(code.rstrip(".:,"))
    return found


def test_architecture_is_at_most_1500_words():
    words = len(hand_written(page()).split())
    assert words <= MAX_WORDS, f"docs/architecture.md: {words} words outside the generated blocks (at most {MAX_WORDS})"


def test_the_word_count_leaves_the_generated_blocks_out():
    text = page()
    assert len(hand_written(text).split()) < len(text.split())
    assert "m001_initial" not in hand_written(text) and "plancost-below-actionplan" not in hand_written(text)


def test_every_path_it_names_exists():
    missing = []
    for path in sorted(named_paths(hand_written(page()))):
        if "<" in path or "*" in path:
            continue  # a pattern (`strings.<lang>.yaml`, `assessments/*.yaml`): its folder is checked below
        if not (ROOT / path).exists():
            missing.append(path)
    assert missing == [], f"docs/architecture.md names paths that do not exist: {missing}"


def test_patterns_it_names_have_their_folder():
    for found in named_paths(hand_written(page())):
        if "<" in found or "*" in found:
            folder = found.split("<")[0].split("*")[0].rsplit("/", 1)[0]
            assert (ROOT / folder).is_dir(), found


def test_a_bare_file_name_counts_as_a_path():
    """`launch.py` alone is a path from the top, so a name that moved or was never there fails."""
    assert "launch.py" in named_paths("the `launch.py` module")
    assert "capacity_app/reports/context.py" in named_paths("see capacity_app/reports/context.py.")


def anchors(document: Path) -> set[str]:
    """GitHub's anchors of a page's headings."""
    out = set()
    for line in document.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            out.add(re.sub(r"\s", "-", re.sub(r"[^\w\s-]", "", title)))
    return out


def test_every_link_and_anchor_it_names_exists():
    broken = []
    for target in LINK.findall(page()):
        if re.match(r"[a-z]+:", target):
            continue
        name, _, anchor = target.partition("#")
        document = DOC.parent / name if name else DOC
        if not document.exists() or (anchor and anchor not in anchors(document)):
            broken.append(target)
    assert broken == [], f"docs/architecture.md links to missing pages or headings: {broken}"


def test_every_migration_is_in_the_generated_list():
    """Every schema step under capacity_app/storage (schema.py, or a migrations folder if one comes),
    read from the source text here rather than by tools/tree_doc.py, is named in the page's list."""
    listed = generated(page(), tree_doc.MIGRATIONS_BEGIN, tree_doc.MIGRATIONS_END)
    storage = ROOT / "capacity_app" / "storage"
    steps = {name for path in storage.rglob("*.py") for name in STEP.findall(path.read_text(encoding="utf-8"))}
    migrations = storage / "migrations"
    if migrations.is_dir():
        steps |= {p.stem for p in migrations.glob("*.py") if p.stem != "__init__"}
    assert len(steps) >= 15
    missing = sorted(s for s in steps if not re.search(rf"\b{re.escape(s)}\b", listed))
    assert missing == [], f"docs/architecture.md: schema steps not in the list (run python tools/tree_doc.py): {missing}"


def test_every_import_contract_is_one_line_of_the_page():
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    lines = generated(page(), tree_doc.CONTRACTS_BEGIN, tree_doc.CONTRACTS_END).strip().strip("`").strip().splitlines()
    assert len(lines) == len(contracts)
    for contract, line in zip(contracts, lines, strict=True):
        assert line.split()[:2] == [contract["id"], contract["type"]] and line.endswith(contract["name"])


def test_every_capability_folder_is_named():
    """Each folder inside a layer (capacity_app/<layer>/<capability>/) has its line in the page."""
    prose = hand_written(page())
    folders = sorted(p.parent.relative_to(ROOT).as_posix() + "/" for p in (ROOT / "capacity_app").glob("*/*/__init__.py")
                     if "_data" not in p.parts)
    assert len(folders) >= 20
    missing = [f for f in folders if f"`{f}`" not in prose]
    assert missing == [], f"docs/architecture.md: capability folders without their line: {missing}"
