# capacity_app — the two commands a new machine needs: `make run` and `make test`.
# The Python of the virtual environment (made once): PYTHON when given, else the system's own
# /usr/bin/python3 when it is 3.11 or later and can make a virtual environment, else python3 on
# the PATH. A distribution builds its Python with profile-guided and link-time optimisation; a
# Python compiled where it is installed (pyenv's default build) has neither: measured on Debian 12,
# the same tests need 10-12 % more processor time with pyenv's 3.11.7 than with Debian's 3.11
# (docs/development.md, "The interpreter"), and the window and the reports are as much slower.
SYSTEM_PYTHON := /usr/bin/python3
ifeq ($(origin PYTHON),undefined)
PYTHON := $(shell $(SYSTEM_PYTHON) -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' \
	>/dev/null 2>&1 && echo $(SYSTEM_PYTHON) || echo python3)
endif
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-app
TSTAMP := $(VENV)/.installed-test
BSTAMP := $(VENV)/.installed-bundle
export QT_API := pyside6
# Python keeps compiled modules in __pycache__ (git-ignored) even where the environment says not to:
# the tests start many Python processes, each of which would compile what it imports again.
export PYTHONDONTWRITEBYTECODE :=

# the cores this process may use (the scheduler's affinity, as a container limits it)
CORES := $(shell $(PYTHON) -c "import os; print(len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else (os.cpu_count() or 1))")

.PHONY: run test soak lint lint-workflows venv sysdeps sysdeps-gui sysdeps-test demo screenshots bench reliability test-slow wheel clean bundle bundle-test

# The virtual environment, with the pip that comes with Python (not upgraded: no network needed).
$(PY):
	$(PYTHON) -m venv $(VENV)

# Install the project and its extras with uv (put into .venv by pip), or with pip where uv cannot
# be installed or cannot reach the index; then compile the modules, one process per core, leaving
# out the installed packages' own test suites and what nothing runs as Python source (NOT_RUN).
# A file that does not compile is left as it is (PySide6 ships Jinja templates named .py).
UV      := $(VENV)/bin/uv
UV_PIN  := uv>=0.5,<1
# packages no test or command imports as Python source: the installers, and mypy (compiled)
NOT_RUN := pip|setuptools|pkg_resources|_distutils_hack|mypy|mypyc
COMPILE = $(PY) -m compileall -qq -j 0 -x 'site-packages/($(NOT_RUN))/|site-packages/.*/tests?/' \
	"$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" capacity_app || true
# $(call INSTALL,<requirement>): the project with its extras, by uv, else by pip
INSTALL = { $(PY) -m pip install --quiet '$(UV_PIN)' && $(UV) pip install --quiet --python $(PY) -e '$(1)'; } \
	|| { echo "installing with pip instead of uv"; $(PY) -m pip install --quiet --no-compile -e '$(1)'; }

$(STAMP): pyproject.toml setup.py | $(PY)
	$(call INSTALL,.)
	$(COMPILE)
	touch $@

$(TSTAMP): pyproject.toml setup.py | $(PY)
	$(call INSTALL,.[test])
	$(COMPILE)
	touch $@ $(STAMP)

$(BSTAMP): pyproject.toml setup.py | $(PY)
	$(call INSTALL,.[bundle])
	$(COMPILE)
	touch $@ $(STAMP)

venv: $(STAMP)

# The parsed tree of each YAML file the project ships, read instead of parsing the file again while
# its bytes are unchanged (tools/compile_yaml.py; capacity_app/catalog/yamlfile.py says why). Made
# again whenever the application is installed again (a new PyYAML may read a file otherwise).
COMPILED := resources/compiled/.made
YAML_SOURCES := $(shell find assessments resources -name '*.yaml' -not -path 'resources/compiled/*')
$(COMPILED): $(YAML_SOURCES) tools/compile_yaml.py capacity_app/catalog/yamlfile.py $(STAMP)
	$(PY) tools/compile_yaml.py && touch $@

sysdeps:
	@sh tools/sysdeps.sh report

sysdeps-gui:
	@sh tools/sysdeps.sh gui

# what the tests need besides: poppler's pdftotext and pdftoppm read the reports back
sysdeps-test:
	@sh tools/sysdeps.sh test

# Start the application: on the demo's database when `make run` (without a display) or `make demo`
# wrote it into ./out/, so that a newcomer sees the demo it just made; else on the default
# database in the user's data folder. Without a display, say so and produce the demo report and
# workbook in ./out/ instead.
run: $(STAMP) $(COMPILED) sysdeps
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ -f out/demo.sqlite3 ]; then \
		echo "Opening the demo written in out/demo.sqlite3 (remove it, or run capacity-app gui, for the default database)."; \
		sh tools/sysdeps.sh gui && $(PY) -m capacity_app --db out/demo.sqlite3 gui; \
	elif [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		sh tools/sysdeps.sh gui && $(PY) -m capacity_app gui; \
	else \
		echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): writing the demo report and workbook to ./out/ instead."; \
		rm -f out/demo.sqlite3 out/demo.sqlite3-wal out/demo.sqlite3-shm; \
		$(PY) -m capacity_app --db out/demo.sqlite3 demo --out out; \
	fi

# ruff, mypy (one worker per core) and import-linter, configured in pyproject.toml; import-linter
# holds the layers and the no-circle rule (docs/architecture.md); tools/one_regime.py finds a
# translation written in Python code (every one lives in a catalogue). `make test` runs it first.
MYPY_WORKERS ?= $(shell n=$(CORES); [ $$n -gt 1 ] && echo $$n || echo 0)
lint: $(TSTAMP)
	$(PY) -m ruff check capacity_app tests benchmarks tools packaging
	$(PY) -m mypy --num-workers $(MYPY_WORKERS)
	$(VENV)/bin/lint-imports
	$(PY) tools/one_regime.py
	$(MAKE) --no-print-directory lint-workflows

# The GitHub Actions workflows (.github/workflows, docs/packaging.md), offline: zizmor's security
# audit (pinned actions, permissions, template injection, credentials), the workflow schema
# (vendored in check-jsonschema) and actionlint (expressions, runner labels, shell scripts).
WORKFLOWS := $(wildcard .github/workflows/*.yml)
lint-workflows: $(TSTAMP)
	$(VENV)/bin/zizmor --offline --no-progress .github/workflows
	$(VENV)/bin/check-jsonschema --builtin-schema vendor.github-workflows $(WORKFLOWS)
	$(VENV)/bin/actionlint $(WORKFLOWS)

# The suite, offscreen, after `make lint`: pytest-xdist with one worker process more than the
# machine has cores, each worker taking whole test files (docs/development.md). The tests marked
# `slow` (whole documents in every language, LibreOffice's prints, strace, long sweeps: tests/sample.py)
# are left to `make reliability`. PYTEST_WORKERS=0 runs it in one process; PYTEST_ARGS passes options.
PYTEST_WORKERS ?= $(shell echo $$(( $(CORES) + 1 )))
test: $(TSTAMP) $(COMPILED) sysdeps-test lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile -m "not slow" $(PYTEST_ARGS)

# The tests marked `slow` only, with the long versions of the scenarios (part of `make reliability`).
test-slow: $(TSTAMP) $(COMPILED) sysdeps-test
	QT_QPA_PLATFORM=offscreen CAPACITY_RELIABILITY=long $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile -m slow $(PYTEST_ARGS)

# The demo assessment and its report, workbook and JSON in ./out/.
demo: $(STAMP) $(COMPILED) sysdeps
	rm -f out/demo.sqlite3 out/demo.sqlite3-wal out/demo.sqlite3-shm
	$(PY) -m capacity_app --db out/demo.sqlite3 demo --out out

# every page (list, each section, matrix, dashboard, action plan) in English and French at the
# small-laptop (1024x768), laptop and desktop sizes, and at 2560x1440 drawn at scale 2 (high DPI),
# into out/screenshots/<lang>/<size>/; the README's selection (1366x768) is copied into docs/screenshots
screenshots: $(TSTAMP) $(COMPILED) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py out/screenshots --languages en,fr \
		--sizes 1366x768,1024x768,1280x720,1920x1080 --docs docs/screenshots
	QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 $(PY) tools/screenshots.py out/screenshots --languages en,fr \
		--sizes 2560x1440 --scale 2

# Run the benchmarks (or BENCH=benchmarks/bench_x.py ...) and write their tables into docs/performance.md.
BENCH ?= $(wildcard benchmarks/bench_*.py)
bench: $(TSTAMP) $(COMPILED) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) tools/bench_doc.py $(BENCH)

# Generated assessments in every language, each output checked by its invariants (tests/generated):
# the field set in six languages, generated reports and workbook round trips; writes docs/soak.md.
# SOAK_ARGS="--reports 20 --trips 400" for a longer sweep.
soak: $(TSTAMP) $(COMPILED) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) tools/soak.py --doc docs/soak.md $(SOAK_ARGS)

# The long reliability run (after the bundle's test and the tests marked `slow`); rewrites docs/reliability.md.
reliability: $(TSTAMP) sysdeps bundle-test test-slow
	QT_QPA_PLATFORM=offscreen CAPACITY_RELIABILITY=long $(PY) tools/reliability_report.py docs/reliability.md

# The standalone application (PyInstaller, one folder + .tar.gz in dist/; docs/packaging.md). The
# xcb libraries are bundled when present: as root they are installed first, otherwise named.
bundle: $(BSTAMP) sysdeps
	@sh tools/sysdeps.sh gui || echo "warning: the bundle will need these X11 libraries on the user's machine"
	sh packaging/build.sh $(PY)

# Unpack the bundle into an empty folder and run it with an emptied environment (tests/bundle).
bundle-test: bundle $(TSTAMP)
	QT_QPA_PLATFORM=offscreen CAPACITY_BUNDLE_TEST=1 $(PY) -m pytest -q tests/bundle $(PYTEST_ARGS)

# A wheel of the application in dist/.
wheel: $(TSTAMP) $(COMPILED)
	$(PY) -m pip wheel --no-deps -w dist .

clean:
	rm -rf $(VENV) build dist *.egg-info out resources/compiled
