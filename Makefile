# capacity_app — the two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-app
TSTAMP := $(VENV)/.installed-test
BSTAMP := $(VENV)/.installed-bundle
export QT_API := pyside6
# Python writes each module's compiled form to __pycache__ (git-ignored) even where the environment
# says not to (PYTHONDONTWRITEBYTECODE, set on some machines, this project's build machine among
# them): the test suite starts nearly 200 Python processes (each import's reading child, the command
# line's and the window's tests), and without it each compiled every module it imports again (the
# command line's start on a fresh clone: 0.30 s instead of 0.15 s).
export PYTHONDONTWRITEBYTECODE :=

# the cores this process may use (the scheduler's affinity, as a container limits it)
CORES := $(shell $(PYTHON) -c "import os; print(len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else (os.cpu_count() or 1))")

.PHONY: run test test-costs lint venv sysdeps sysdeps-gui demo screenshots bench reliability wheel clean bundle bundle-test

# The pip that comes with Python 3.11 (22.3 or later) installs this project as it is (an editable
# install from pyproject.toml needs 21.3): it is not upgraded first, which would ask the network.
$(PY):
	$(PYTHON) -m venv $(VENV)

# The packages are installed by uv (from PyPI, put into the virtual environment by its own pip),
# which fetches and unpacks them side by side: on this project's 2-core machine a fresh clone's test
# install takes 12.5 s instead of 21.2 s with pip (medians of five, whole process, the virtual
# environment and compiling included, uv's cache emptied before each run). Where uv cannot be
# installed or cannot reach the index (it reads no pip.conf: a machine that reaches PyPI through a
# mirror set there), pip installs them, as before. Either way the modules are compiled here, one
# process per core, leaving out the installed packages' own test suites (pandas alone brings 1,100
# test modules) and the packages that nothing runs as Python source (NOT_RUN), and including this
# project's modules (else each test worker compiled them at once). A file that does not compile is
# left as it is (PySide6 ships Jinja templates named .py): compiling is only a head start.
UV      := $(VENV)/bin/uv
UV_PIN  := uv>=0.5,<1
# packages no test or command imports as Python source: the installers, and mypy, which runs its
# compiled modules (about 1 s of the compiling)
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

sysdeps:
	@sh tools/sysdeps.sh report

sysdeps-gui:
	@sh tools/sysdeps.sh gui

# Start the application on the default database in the user's data folder. Without a display,
# say so and produce the demo report and workbook in ./out/ instead.
run: $(STAMP) sysdeps
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		sh tools/sysdeps.sh gui && $(PY) -m capacity_app gui; \
	else \
		echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): writing the demo report and workbook to ./out/ instead."; \
		rm -f out/demo.sqlite3 out/demo.sqlite3-wal out/demo.sqlite3-shm; \
		$(PY) -m capacity_app --db out/demo.sqlite3 demo --out out; \
	fi

# ruff, mypy and import-linter (configured in pyproject.toml) run first: `make test` stops on a
# finding. import-linter holds the layers and the no-circle rule (docs/architecture.md).
# mypy checks modules that do not import each other in parallel, one worker per core (mypy's
# --num-workers; 0, one process, on a machine of one core): 10 s instead of 12 s here on a fresh
# clone, where it has no cache yet.
MYPY_WORKERS ?= $(shell n=$(CORES); [ $$n -gt 1 ] && echo $$n || echo 0)
lint: $(TSTAMP)
	$(PY) -m ruff check capacity_app tests benchmarks tools
	$(PY) -m mypy --num-workers $(MYPY_WORKERS)
	$(VENV)/bin/lint-imports

# One worker process more than the machine has cores (pytest-xdist), whole test files to each: a
# test file's fixtures (a demo database, a laid-out report) are made once per worker that runs it,
# and a worker spends about 8 % of its time waiting (for the processes and windows its tests start),
# which the extra one fills. On this project's 2-core machine, pytest: 2 workers 4 min 28 s,
# 3 workers 4 min 16 s, 4 workers 4 min 21 s. PYTEST_WORKERS=0 runs the suite in one process.
PYTEST_WORKERS ?= $(shell echo $$(( $(CORES) + 1 )))
# The files go to the workers longest first (tests/file_costs.txt, read by tests/conftest.py, in
# place of xdist's order by number of tests): the short files fill the end of the run.
PYTEST_PARALLEL = -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder
test: $(TSTAMP) sysdeps lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS)

# Refresh tests/file_costs.txt from a whole run (the seconds each test file takes).
test-costs: $(TSTAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_PARALLEL) -q --junitxml=$(VENV)/test-costs.xml $(PYTEST_ARGS)
	$(PY) tools/file_costs.py $(VENV)/test-costs.xml > tests/file_costs.txt.new
	mv tests/file_costs.txt.new tests/file_costs.txt

demo: $(STAMP) sysdeps
	rm -f out/demo.sqlite3 out/demo.sqlite3-wal out/demo.sqlite3-shm
	$(PY) -m capacity_app --db out/demo.sqlite3 demo --out out

# every page (list, each section, matrix, dashboard, action plan) in English and French at the
# small-laptop (1024x768), laptop and desktop sizes, and at 2560x1440 drawn at scale 2 (high DPI),
# into out/screenshots/<lang>/<size>/; the README's selection (1366x768) is copied into docs/screenshots
screenshots: $(TSTAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py out/screenshots --languages en,fr \
		--sizes 1366x768,1024x768,1280x720,1920x1080 --docs docs/screenshots
	QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 $(PY) tools/screenshots.py out/screenshots --languages en,fr \
		--sizes 2560x1440 --scale 2

bench: $(TSTAMP) sysdeps
	@for f in benchmarks/bench_*.py; do echo "== $$f"; QT_QPA_PLATFORM=offscreen $(PY) $$f || true; done

reliability: $(TSTAMP) sysdeps bundle-test
	QT_QPA_PLATFORM=offscreen CAPACITY_RELIABILITY=long $(PY) tools/reliability_report.py docs/reliability.md

# The standalone application (PyInstaller, one folder + .tar.gz in dist/; docs/packaging.md). The
# xcb libraries are bundled when present: as root they are installed first, otherwise named.
bundle: $(BSTAMP) sysdeps
	@sh tools/sysdeps.sh gui || echo "warning: the bundle will need these X11 libraries on the user's machine"
	sh packaging/build.sh $(PY)

# Unpack the bundle into an empty folder and run it with an emptied environment (tests/bundle).
bundle-test: bundle $(TSTAMP)
	QT_QPA_PLATFORM=offscreen CAPACITY_BUNDLE_TEST=1 $(PY) -m pytest -q tests/bundle $(PYTEST_ARGS)

wheel: $(TSTAMP)
	$(PY) -m pip wheel --no-deps -w dist .

clean:
	rm -rf $(VENV) build dist *.egg-info out
