"""Every refusal the storage, the exchange's readers and writers, the catalogue readers, the services,
the reports and the settings file raise is said in the user's language: its English is written from a ``cli.*`` entry (``en_line``) or in
words one entry's English matches, so that ``domain/retold.py`` says it again in French (and, by
tests/cli/test_said.py, in every language). A refusal raised with literal English no entry matches
fails here, unless a user cannot meet it: those are listed below, each with its reason."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from capacity_app.domain.retold import retold

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("capacity_app/storage", "capacity_app/exchange", "capacity_app/catalog", "capacity_app/services",
           "capacity_app/reports", "capacity_app/domain", "capacity_app/cli", "capacity_app/paths.py",
           "capacity_app/files.py")

# (file, the start of the refusal's English, each value written X) -> why a user cannot meet it
LEFT_IN_ENGLISH = {
    ("capacity_app/catalog/translator.py", "Qt's lrelease not found"):
        "an installation without Qt's tools (PySide6-Essentials brings them): the bundle's test holds them there",
    ("capacity_app/catalog/translator.py", "X: lrelease failed"): "Qt's own compiler failing: a developer's tool (tools/translations.py)",
    ("capacity_app/domain/expressions.py", ""):
        "a questionnaire's expression refused as the questionnaire is loaded: met by its authors only, who "
        "write the questionnaire's files in English (docs/questionnaire-format.md)",
    ("capacity_app/domain/texts.py", "X: declared with the English"): "the catalogue's own check, for developers",
    ("capacity_app/files.py", "X: X; X X not written"): "built from its parts: each output's line is a cli.out.* entry",
    ("capacity_app/domain/answers.py", "cannot answer an item of type"):
        "a programming error: every type of item a questionnaire may declare is answered",
    ("capacity_app/storage/db.py", "not a backup time stamp"): "a file name's parse: list_backups skips the file",
    ("capacity_app/storage/db.py", "not a backup name"): "a file name's parse: list_backups skips the file",
    ("capacity_app/storage/db.py", "unknown integrity check level"): "the level is passed by code, never typed",
    ("capacity_app/storage/db.py", "integrity check cancelled"):
        "Cancelled: the user's own cancel; the task runner ends quietly and never shows its text",
    ("capacity_app/storage/documents.py", "the database gave no id"): "SQLite always sets lastrowid after an INSERT",
    ("capacity_app/storage/store.py", "the database gave no id"): "SQLite always sets lastrowid after an INSERT",
    ("capacity_app/storage/schema.py", "module X has no attribute"): "a module's __getattr__: a programming error",
    ("capacity_app/storage/core.py", "X object has no attribute"): "an object's __getattr__: a programming error",
    ("capacity_app/storage/store.py", "cannot change X of an assessment"): "the services name the fields, never a user",
    ("capacity_app/storage/store.py", "unknown answer status"): "one of domain.status's codes, checked by the services",
    ("capacity_app/exchange/aggregate/xlsxstream.py", "X: 4 GB or more"): "the streaming zip writer's own invariant",
    ("capacity_app/exchange/aggregate/xlsxstream.py", "X: a deflated segment"): "the streaming zip writer's own invariant",
    ("capacity_app/exchange/institutions/xpath.py", "unknown element"): "the expression parser gives no other element",
    ("capacity_app/exchange/outside/reader.py", "not an ISO 8601 date"):
        "caught at once and said as cli.xlsx.not_iso with the cell's text",
    ("capacity_app/exchange/workbook/cells.py", "no cell at row"): "a programming error: a cell the writer did not write",
    ("capacity_app/catalog/forms_texts.py", "X: X: an entry is"):
        "the application's own resources/forms/strings.yaml malformed: a developer's error its tests catch",
    ("capacity_app/catalog/yamlfile.py", "while co"): "PyYAML's MarkedYAMLError: its first argument is PyYAML's context",
    # the file named is one of two, each line with its own entry (the outputs' lines are written by
    # files.refused_output: tests/cli/test_output_refusals_in_language.py says each)
    ("capacity_app/services/documents.py", "X: is X; it is never attached"):
        "the database or a backup: cli.svc.doc_is_database and cli.svc.doc_is_backup",
    ("capacity_app/services/workers/tasks.py", "a worker is named"): "the workers are named by code, never by a user",
    ("capacity_app/services/workers/tasks.py", "no worker function named"): "the workers are named by code, never by a user",
    ("capacity_app/reports/build.py", "a report needs the assessment's scores"): "the report's service always scores first",
    ("capacity_app/reports/fetcher.py", "refused to fetch"):
        "raised to WeasyPrint, which leaves the resource out and logs it: never shown",
    ("capacity_app/reports/money.py", "an amount of money is a Decimal"): "a programming error: amounts are Decimal",
    ("capacity_app/paths.py", "bundled folder X not found"): "an installation without its resources: the build's tests catch it",
}


def _englishes(node: ast.expr) -> list[str]:
    """Every English a refusal's argument may be (both sides of ``a if c else b``), each value
    written X; [] when it is not literal text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(str(v.value) if isinstance(v, ast.Constant) else "X" for v in node.values)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [a + b for a in _englishes(node.left) for b in _englishes(node.right)]
    if isinstance(node, ast.IfExp):
        return _englishes(node.body) + _englishes(node.orelse)
    if isinstance(node, ast.List):  # the lines of a refusal given as a list (a translator's file)
        return [e for item in node.elts for e in _englishes(item)]
    return []


def _sentences(node: ast.expr):
    return [e for e in _englishes(node) if re.search(r"[a-z]{2,} [a-z]{2,}", e)]


# where a call's reason is, by the called name: an institution's form refused
# (``refused(path, sheet, cell, reason)``), an answer's cell (``CellError(column, reason)``), a
# sheet's problem through a local alias (``add(cell, reason)``), a plan sheet's (``_At(column, reason)``)
REASON_AT = {"refused": 3, "CellError": 1, "add": 1, "_At": 1}


def _called(node: ast.Call) -> str:
    f = node.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def _reasons(node: ast.AST, raised: bool = False):
    """(the English of a refusal, whether a file's name is printed in front of it) for each reason
    ``node`` gives: an exception made (raised or returned), a problem or warning gathered, a
    workbook's problem told with its sheet and cell."""
    if not isinstance(node, ast.Call) or not node.args:
        return
    name = _called(node)
    if name in REASON_AT and not (name == "add" and isinstance(node.func, ast.Attribute)):
        places = [(node.args[REASON_AT[name]], False)] if len(node.args) > REASON_AT[name] else []
    elif raised or name.endswith(("Error", "Refusal", "Failed")) or name in ("_Stop", "bad") or (
            isinstance(node.func, ast.Attribute) and name in ("add", "fail")
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "problems"):
        if isinstance(node.func, ast.Attribute) and name in ("add", "fail"):
            places = [(node.args[2], False)] if len(node.args) >= 3 else []
        else:  # the reason: the first argument, or the one after the file it names
            places = [(arg, i == 1) for i, arg in enumerate(node.args[:2])]
    elif name == "append" and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
            and node.func.value.id in ("problems", "warnings", "errors"):
        places = [(node.args[0], False)]  # a problem or a warning gathered to be told with the others
    else:
        return
    for arg, after_file in places:
        for english in _sentences(arg):
            yield english, after_file


def _refusals():
    for folder in FOLDERS:
        for path in [ROOT / folder] if folder.endswith(".py") else sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"))
            raised = {id(n.exc) for n in ast.walk(tree) if isinstance(n, ast.Raise)}
            for node in ast.walk(tree):
                for english, after_file in _reasons(node, id(node) in raised):
                    # a reason after the file it names is printed "<file>: <reason>"
                    yield rel, node.lineno, ("book.xlsx: " if after_file else "") + english


# a word of running English: lowercase, standing alone (not part of a code, a key, a path or an option
# such as s5_strategy, ITEM.PQ.SOURCE, docs/word-report.md or --assign, which a line carries as values)
WORD = re.compile(r"(?<![\w./:-])[a-z][a-z']+(?![\w./-])")


def _english_left(english: str, said: str) -> list[str]:
    """The runs of three words of the refusal's English still in the line said in French: what an
    older, more general entry matching part of the line would leave (a half-translated line)."""
    command = re.compile(r"capacity-app[^)]*")  # a command to run, carried as it is
    # another program's own label, quoted ('XML values and headers', KoboToolbox's export option),
    # is carried as that program shows it
    label = re.compile(r"'[A-Z][^']*'")
    words = WORD.findall(command.sub(" ", label.sub(" ", english)))
    runs = {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}
    low = " ".join(WORD.findall(command.sub(" ", said)))
    return sorted(r for r in runs if r in low)


def test_every_refusal_is_said_in_the_users_language():
    left, allowed = [], set()
    for rel, line, english in _refusals():
        said = retold(english, "fr")
        if said != english:
            partly = _english_left(english, said)
            if partly:
                left.append(f"{rel}:{line}: {english[:80]} -> {said[:80]} (left in English: {partly[:2]})")
            continue
        reason = next((k for k in LEFT_IN_ENGLISH if k[0] == rel
                       and english.removeprefix("book.xlsx: ").startswith(k[1])), None)
        if reason is None:
            left.append(f"{rel}:{line}: {english[:120]}")
        else:
            allowed.add(reason)
    assert left == [], "refusals in English no cli.* entry matches:\n" + "\n".join(left)
    # each reason still names a refusal (one that became an entry's leaves the list)
    assert allowed == set(LEFT_IN_ENGLISH)
