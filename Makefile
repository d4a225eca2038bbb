# Cairn's everyday commands; the README explains each.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export CAIRN_DATA_DIR ?= $(CURDIR)/data
export CAIRN_PORT ?= 8000

.PHONY: init run serve demo test test-postgres test-browser lint format bench clean messages compilemessages

$(STAMP): pyproject.toml package-lock.json
	@echo "Setting up $(VENV): installing Cairn and its pinned dependencies (a minute or two on a fresh machine)…"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --progress-bar off -e '.[dev]' 2>&1 | { grep -E '^(Collecting|Successfully|ERROR)' || true; }; test $${PIPESTATUS[0]} -eq 0
	@if command -v npm >/dev/null; then echo "Installing the Inter typeface from npm (package-lock.json)…"; npm ci --no-audit --no-fund --ignore-scripts --loglevel=error; else echo "npm not found: pages use the system font stack (install Node.js and re-run make init for Inter)."; fi
	touch $(STAMP)
	@echo "Set up. Cairn is installed in $(VENV)."

init: $(STAMP)

run: init
	$(BIN)/cairn migrate --no-input
	$(BIN)/cairn demo
	$(BIN)/cairn serve --host 127.0.0.1 --port $(CAIRN_PORT)

serve: init
	$(BIN)/cairn serve

demo: init
	$(BIN)/cairn migrate --no-input
	$(BIN)/cairn demo

test: init
	$(BIN)/pytest -n auto -m "not browser"

test-postgres: init
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/cairn} $(BIN)/pytest -n auto -m "not browser"

test-browser: init
	$(BIN)/pytest -m browser -p no:xdist

lint: init
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/cairn check
	$(BIN)/cairn makemigrations --check --dry-run

format: init
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

# Translations (docs/translations.md): re-extract every string into the de/fr/es catalogues,
# keeping existing translations; after filling the empty msgstrs, compile the .mo files.
LANGS := de fr es
messages: init
	cd src/cairn && $(CURDIR)/$(BIN)/cairn makemessages $(addprefix -l ,$(LANGS)) --no-obsolete --add-location file --no-wrap
	@cd src/cairn && for lang in $(LANGS); do printf '%s: ' $$lang; msgattrib --untranslated --no-obsolete locale/$$lang/LC_MESSAGES/django.po | grep -c '^msgid ' || true; done | sed 's/$$/ untranslated/'

compilemessages: init
	cd src/cairn && $(CURDIR)/$(BIN)/cairn compilemessages $(addprefix -l ,$(LANGS))

# locust (the Monday-morning load test) lives in its own venv: it brings gevent's monkey-patching
# and Brotli, which would make every collectstatic of the app's venv several times slower.
LOCUST_VENV := .venv-locust
$(LOCUST_VENV)/.installed: bench/locust-requirements.txt
	test -x $(LOCUST_VENV)/bin/python || $(PYTHON) -m venv $(LOCUST_VENV)
	$(LOCUST_VENV)/bin/pip install --quiet -r bench/locust-requirements.txt
	touch $@

bench: init $(LOCUST_VENV)/.installed
	CAIRN_LOCUST=$(CURDIR)/$(LOCUST_VENV)/bin/locust $(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(LOCUST_VENV) node_modules data .pytest_cache .ruff_cache
