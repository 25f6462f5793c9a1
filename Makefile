# Two commands on a fresh machine:
#   make run    set up and start Sasaran on its built-in demo province
#   make test   set up and run the whole test suite headless
# Everything installs into .venv from pyproject.toml; nothing global but the
# few Debian packages the tests use to look at output like a person would
# (a browser for the exported web map, poppler to read PDFs).

PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed

.PHONY: setup run test lint bench demo-data sysdeps clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: setup
	$(VENV)/bin/sasaran

# Debian packages the tests need; installed only when missing (CI runs as root).
sysdeps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium poppler-utils >/dev/null; \
	  else \
	    echo "Perlu paket Debian: chromium poppler-utils (sudo apt-get install chromium poppler-utils)"; exit 1; \
	  fi; \
	fi

test: setup sysdeps
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(VENV)/bin/pytest -q

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

bench: setup
	$(VENV)/bin/sasaran bench --households 1000000

# Regenerate the shipped demo province (deterministic for the seed).
demo-data: setup
	rm -rf resources/demo/*.gpkg
	$(VENV)/bin/sasaran demo --out resources/demo --households 65000 --seed 2025

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
