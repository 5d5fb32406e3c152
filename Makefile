# GarageDesk: `make run` opens the program, `make test` runs every check. Both set themselves up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db
QT_DEBS := libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 poppler-utils postgresql

.PHONY: run test lint demo bench translations build clean system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

run: $(STAMP) translations
	$(PY) -m app

# The Debian packages Qt needs to run offscreen, poppler for reading PDFs back in tests and the
# PostgreSQL server the several-workstations tests start on a private port.
system-deps:
	@missing=$$(for p in $(QT_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "Qt needs these Debian packages to run: $$missing"; \
	    echo "install them with: sudo apt-get install $$missing"; exit 1; \
	  fi; \
	fi

test: $(STAMP) system-deps translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(VENV)/bin/ruff check .

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

build: $(STAMP) translations
	$(PY) -m pip install --quiet pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm build.spec

clean:
	rm -rf build dist .pytest_cache .ruff_cache
