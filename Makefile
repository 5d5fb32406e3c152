# GarageDesk: `make run` opens the program, `make test` runs every check, `make dist` builds the
# installable folder. Each sets itself up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db
# The Debian packages Qt's window needs (the xcb platform plugin and what it links; cups for the
# print dialog), for `run`.
RUN_DEBS := libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
  libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
  libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \
  libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libcups2
# ... and for `test`: poppler for reading PDFs back, the PostgreSQL server the several-
# workstations tests start on a private port, a virtual X screen to open the real window on.
TEST_DEBS := $(RUN_DEBS) poppler-utils postgresql xvfb xauth xdotool x11-utils

.PHONY: run test lint demo bench soak translations update-translations build dist dist-check clean \
  system-deps run-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,postgres,build]'
	touch $(STAMP)

run: $(STAMP) run-deps translations
	$(PY) -m app

# Installs the missing Debian packages when root; otherwise names them in one line to paste.
# A package renamed by Debian's 64-bit time transition (libglib2.0-0t64) counts as installed.
# (Not Debian/Ubuntu: no dpkg, nothing checked.)
define need-debs
	@command -v dpkg >/dev/null || exit 0; \
	missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || dpkg -s $${p}t64 >/dev/null 2>&1 || echo $$p; done | xargs); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "$(2) needs these Debian packages: $$missing"; \
	    echo "install them with:"; \
	    echo "  sudo apt-get install --no-install-recommends $$missing"; exit 1; \
	  fi; \
	fi
endef

run-deps:
	$(call need-debs,$(RUN_DEBS),GarageDesk's window)

system-deps:
	$(call need-debs,$(TEST_DEBS),The test suite)

test: $(STAMP) system-deps translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(VENV)/bin/ruff check .

# The kill -9 soak at length: hundreds of kills of a desk settling orders on one file (the suite
# runs 24). GARAGEDESK_SOAK_SEED picks another sequence of kill moments.
SOAK_KILLS ?= 400
soak: $(STAMP)
	GARAGEDESK_SOAK_KILLS=$(SOAK_KILLS) QT_QPA_PLATFORM=offscreen \
	  $(PY) -m pytest -q tests/db/test_soak.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .

demo: $(STAMP) translations
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(PY) -m app demo --db $(DEMO_DB) --years 1 --today
	$(PY) -m app --db $(DEMO_DB)

bench: $(STAMP)
	test -f demo10.db || $(PY) -m app demo --db demo10.db --years 10
	$(PY) -m app bench --db demo10.db

# Compile the Chinese translation (.ts, kept in git) to the .qm the program loads.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent resources/translations/garagedesk_zh_CN.ts \
	  -qm resources/translations/garagedesk_zh_CN.qm

# Refresh the .ts from the source after adding or changing UI text.
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $$(find ui app -name '*.py' | sort) \
	  -ts resources/translations/garagedesk_zh_CN.ts

# The installable one-folder program, dist/garagedesk/ (PyInstaller, build.spec).
dist: $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN build.spec
	@du -sh dist/garagedesk

build: dist

# Build, then run the built program: --version, an offscreen start, every paper, the daily close.
dist-check: dist system-deps
	GARAGEDESK_DIST=dist/garagedesk/garagedesk QT_QPA_PLATFORM=offscreen \
	  $(PY) -m pytest -q tests/test_dist.py

clean:
	rm -rf build dist .pytest_cache .ruff_cache
