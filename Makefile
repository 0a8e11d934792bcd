# Shangmen Desk. `make run` opens the app, `make test` runs the tests; both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
# Debian packages Qt's xcb platform plugin needs to open a window (not needed offscreen).
XCB_PKGS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 \
            libxcb-image0 libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0 libegl1 libfontconfig1

.PHONY: venv run server test test-fast lint translations lupdate bench system-deps clean installer

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

## Open the desktop app against an embedded server with Beijing demo data and a live simulator.
run: venv translations system-deps
	$(PY) main.py $(ARGS)

## The REST server alone, with demo data and the simulator (ARGS to add or override options).
server: venv
	$(PY) -m app.server --demo --simulate 1 $(ARGS)

## The whole test suite. PostgreSQL tests run when SHANGMEN_TEST_PG_URL is set (.ci/run sets it).
## Fails below 100% line coverage of app/rules and app/client ([tool.coverage] in pyproject.toml):
## a subset (ARGS=tests/...) reaches less: add --no-cov to its ARGS.
test: venv translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2 \
		--cov=app/rules --cov=app/client --cov-report=term-missing:skip-covered $(ARGS)

lint: venv
	$(VENV)/bin/ruff check app tests bench main.py
	$(VENV)/bin/ruff format --check app tests bench main.py
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

## Refresh the .ts files from the sources and fill the Chinese from tools/fill_ts.py (+ tools/ts_zh/).
lupdate: venv
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find app/views app/rules app/reports app/server app/i18n -name '*.py' | sort) -ts $(TS)
	$(PY) tools/fill_ts.py

## Every benchmark at full size, one at a time (make test runs them at --tiny size; ARGS=--strict
## makes an over-budget figure fail). Files starting with _ are helpers, not benchmarks.
bench: venv
	for b in $$(ls bench/*.py | grep -v '/_'); do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b $(ARGS) || exit 1; done

## The workstation app as a PyInstaller one-folder bundle (dist/shangmen-desk/) and a .deb, each
## checked: no tests, venv or secrets inside, and the frozen app passes its own --self-test
## (offscreen, and under Xvfb when xvfb-run is installed).
installer: venv translations system-deps
	$(PY) -m pip install --quiet -e '.[installer]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	    --workpath build/pyinstaller installer/shangmen-desk.spec
	$(PY) installer/check_bundle.py dist/shangmen-desk
	bash installer/linux/build_deb.sh
	bash installer/linux/try_deb.sh

## Install the Debian packages a real window needs (skipped when present or not on Debian).
system-deps:
	@if command -v dpkg >/dev/null && ! dpkg -s $(XCB_PKGS) >/dev/null 2>&1; then \
	  echo "Installing Qt's window-system libraries: $(XCB_PKGS)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(XCB_PKGS); \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache resources/translations/*.qm
