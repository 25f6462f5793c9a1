# Two commands on a fresh machine:
#   make run    set up and start Sasaran on its built-in demo province
#   make test   set up and run the whole test suite headless, then the
#               installer checks (make dist-check)
# Everything installs into .venv from pyproject.toml; nothing global but the
# few Debian packages the tests use to look at output like a person would
# (a browser for the exported web map, poppler to read PDFs).

PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed

.PHONY: setup run test lint bench demo-data sysdeps clean dist dist-release dist-check distdeps

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

# The test suite, then the installers (bundle, frozen self-test, .deb, NSIS):
# always, so CI (.ci/run = make test) checks what users install. The packaging
# part costs 1-2 minutes here with the build venv made (about 4.5 without).
# The installer tools come first, so their tests (ICU data, symbol tables) run
# in the suite instead of being skipped on a fresh machine.
test: setup sysdeps distdeps
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(VENV)/bin/pytest -q
	$(MAKE) dist-check

# Debian packages the installer build and checks use (binutils for readelf and
# strip, the X libraries Qt's xcb plugin loads, Xvfb, NSIS, desktop-file-utils).
DISTDEPS = binutils icu-devtools xvfb xauth nsis desktop-file-utils libxcb-icccm4 libxcb-keysyms1 \
	libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0 libxcb-xinerama0 \
	libxcb-randr0 libxcb-shape0 libxcb-xkb1
distdeps:
	@missing=$$(for p in $(DISTDEPS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "Perlu paket Debian: $$missing (sudo apt-get install $$missing)"; exit 1; \
	  fi; \
	fi

# Linux bundle (build/dist/sasaran) and .deb (build/deb), zstd; frozen self-test
# included. dist-release compresses the .deb with xz (smaller, minutes longer).
dist: distdeps
	installers/build-linux.sh

dist-release: distdeps
	installers/build-linux.sh --release

# dist, then the size guard (installers/check-size.sh), install the .deb,
# self-test it as a normal user under Xvfb, remove it, and compile the NSIS
# script around a stand-in folder. The install part needs root (CI runs as
# root); without root only the NSIS part runs after dist.
dist-check: dist
	installers/check-size.sh
	@if [ "$$(id -u)" = "0" ]; then installers/check-linux.sh; \
	else echo "Pemeriksaan .deb dilewati: perlu root (apt-get)."; installers/windows/check-nsis.sh build/nsis; fi

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
	rm -rf $(VENV) .pytest_cache .ruff_cache build
