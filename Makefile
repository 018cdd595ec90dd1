# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEV_ENV := DEBUG=1
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test static demo lint architecture mypy-baseline messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(VENV)/.installed $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --silent

install: $(VENV)/.installed node_modules/.package-lock.json

install-test: $(VENV)/.installed-test node_modules/.package-lock.json

run: install
	$(DEV_ENV) $(BIN)/python manage.py migrate --no-input
	$(DEV_ENV) $(BIN)/python manage.py load_demo
	@echo "Serving on http://$(HOST):$(PORT)/ with the task worker beside it (stop with Ctrl-C)"
	$(DEV_ENV) $(BIN)/python manage.py worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(DEV_ENV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

# PostgreSQL when DATABASE_URL is set, else SQLite.
test: install-test
	$(BIN)/ruff check .
	$(MAKE) --no-print-directory architecture
	$(DEV_ENV) $(BIN)/python manage.py makemigrations --check --dry-run > /dev/null
	$(DEV_ENV) $(BIN)/python manage.py spectacular --validate --fail-on-warn --file /dev/null
	$(BIN)/pytest -n 2 $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check .
	$(MAKE) --no-print-directory architecture

# The layer order as import contracts, and no type error that is not in the baseline
# (pyproject.toml says how; a few seconds).
architecture: install-test
	$(BIN)/lint-imports --no-cache
	$(DEV_ENV) $(BIN)/mypy | $(BIN)/mypy-baseline filter --no-colors --hide-stats

# After fixing type errors: take them off the baseline so they cannot come back.
mypy-baseline: install-test
	$(DEV_ENV) $(BIN)/mypy | $(BIN)/mypy-baseline sync

# Every app keeps its own catalog (<app>/locale); `make messages APP=finance` updates one.
messages: install
	$(DEV_ENV) $(BIN)/python manage.py messages $(APP)

clean:
	rm -rf $(VENV) node_modules staticfiles db.sqlite3
