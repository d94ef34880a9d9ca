"""No function of the application is over 80 lines: one job each, short enough to hold
in one's head. A measured hot loop may be longer if its docstring says so ("measured hot loop") and
why; a function still over the limit would be listed below by name, with who is to split it (none is)."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "capacity_app"
LIMIT = 80
HOT_LOOP = "measured hot loop"

# qualified name (module path: function, or Class.method, nested functions dotted) -> why it is
# still long. Remove an entry when its function is split; a new long function fails the test.
STILL_LONG: dict[str, str] = {}


def _walk(node: ast.AST, module: str, prefix: str, found: dict[str, int]) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            name = prefix + child.name
            length = child.end_lineno - child.lineno + 1
            if length > LIMIT and HOT_LOOP not in (ast.get_docstring(child) or "").lower():
                found[f"{module}: {name}"] = length
            _walk(child, module, name + ".", found)
        elif isinstance(child, ast.ClassDef):
            _walk(child, module, prefix + child.name + ".", found)


def long_functions(package: Path = PACKAGE) -> dict[str, int]:
    """Every function over the limit whose docstring does not call it a measured hot loop: its
    qualified name -> its length in lines (from ``def`` to its last line)."""
    found: dict[str, int] = {}
    for path in sorted(package.rglob("*.py")):
        _walk(ast.parse(path.read_text(encoding="utf-8")), path.relative_to(package).as_posix(), "", found)
    return found


def test_no_new_function_over_80_lines():
    new = {name: n for name, n in long_functions().items() if name not in STILL_LONG}
    assert not new, ("functions over 80 lines (split them by what they do, or, for a measured hot "
                     f"loop, say so in the docstring): {new}")


def test_the_list_of_long_functions_is_current():
    split = sorted(set(STILL_LONG) - set(long_functions()))
    assert not split, f"no longer over 80 lines (remove them from STILL_LONG): {split}"


def test_the_rule_sees_a_long_function(tmp_path):
    """A long method, a long nested function and a long hot loop that says so: the first two are
    found, the third is not."""
    def body(indent: int) -> str:
        return "\n".join(" " * indent + f"x{i} = {i}" for i in range(LIMIT))

    (tmp_path / "m.py").write_text(
        f"class A:\n    def f(self):\n{body(8)}\n"
        f"def outer():\n    def inner():\n{body(8)}\n    return inner\n"
        f"def hot():\n    \"\"\"A measured hot loop: 3 ms a file.\"\"\"\n{body(4)}\n", encoding="utf-8")
    assert set(long_functions(tmp_path)) == {"m.py: A.f", "m.py: outer", "m.py: outer.inner"}
