"""The order the test files go to the workers (tests/file_order.py, tests/conftest.py) and the
costs it reads (tools/file_costs.py, `make test-costs`)."""
import importlib.util
import subprocess
import sys
from pathlib import Path

from file_order import FILE_COSTS, longest_files_first, read_file_costs

ROOT = Path(__file__).resolve().parents[1]
# tools/ is not a package: the script is loaded from its file, leaving sys.path as it is
_spec = importlib.util.spec_from_file_location("_file_costs_tool", ROOT / "tools" / "file_costs.py")
file_costs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(file_costs)


def test_whole_files_longest_first_unlisted_first_and_each_files_own_order_kept():
    items = [("tests/a.py", 1), ("tests/a.py", 2), ("tests/b.py", 1), ("tests/new.py", 1), ("tests/c.py", 1),
             ("tests/b.py", 2), ("tests/d.py", 1)]
    costs = {"tests/a.py": 1.5, "tests/b.py": 30.0, "tests/c.py": 1.5, "tests/d.py": 0.1}
    ordered = longest_files_first(items, costs, lambda item: item[0])
    assert ordered == [("tests/new.py", 1), ("tests/b.py", 1), ("tests/b.py", 2), ("tests/a.py", 1),
                       ("tests/a.py", 2), ("tests/c.py", 1), ("tests/d.py", 1)]


def test_the_costs_file_reads_and_names_test_files_that_exist():
    costs = read_file_costs(FILE_COSTS.read_text(encoding="utf-8"))
    assert len(costs) > 100 and all(v >= 0 for v in costs.values())
    assert list(costs.values()) == sorted(costs.values(), reverse=True)
    assert sum((ROOT / path).is_file() for path in costs) >= 0.9 * len(costs)
    assert read_file_costs("# a comment\n\n   2.50 tests/x.py\n") == {"tests/x.py": 2.5}


JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" tests="4">
<testcase classname="tests.test_files" name="test_one" time="1.25"/>
<testcase classname="tests.test_files" name="test_two" time="0.75"/>
<testcase classname="tests.gui.test_app.TestSomething" name="test_three" time="3.0"/>
<testcase classname="tests.no_such_module" name="test_four" time="9.0"/>
</testsuite></testsuites>
"""


def test_costs_from_a_junit_report_sum_each_files_cases_classes_included(tmp_path):
    report = tmp_path / "report.xml"
    report.write_text(JUNIT, encoding="utf-8")
    assert file_costs.test_file("tests.gui.test_app.TestSomething", ROOT) == "tests/gui/test_app.py"
    assert file_costs.file_costs(report, ROOT) == {"tests/test_files.py": 2.0, "tests/gui/test_app.py": 3.0}
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "file_costs.py"), str(report), "--root", str(ROOT)],
                         capture_output=True, text=True, check=True)
    assert read_file_costs(run.stdout) == {"tests/gui/test_app.py": 3.0, "tests/test_files.py": 2.0}
    assert run.stdout.index("tests/gui/test_app.py") < run.stdout.index("tests/test_files.py")


def test_a_report_naming_no_test_file_writes_nothing(tmp_path):
    report = tmp_path / "report.xml"
    report.write_text("<testsuites><testsuite/></testsuites>", encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "file_costs.py"), str(report)],
                         capture_output=True, text=True)
    assert run.returncode == 1 and run.stdout == "" and "no test case names a test file" in run.stderr
