# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format install install-dev demo messages translations clean bench-search bench-pages audit

# The venv is rebuilt when a requirements file changes.
$(BIN)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(BIN)/.installed-dev: $(BIN)/.installed requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed
install-dev: $(BIN)/.installed-dev

# Compiled catalogs (.mo) are built from the committed .po files, never committed. polib
# (already installed with wagtail-localize) compiles them, so no system gettext is needed
# to run the site; only `make messages` (re-extracting strings) needs GNU gettext.
PO_FILES := $(wildcard locale/*/LC_MESSAGES/*.po coalition/locale_overrides/*/LC_MESSAGES/*.po)
MO_FILES := $(PO_FILES:.po=.mo)
%.mo: %.po | $(BIN)/.installed
	$(BIN)/python -c 'import sys, polib; polib.pofile(sys.argv[1]).save_as_mofile(sys.argv[2])' $< $@

translations: $(MO_FILES)

## make messages: re-extract the interface strings into locale/{ka,az} (needs GNU gettext)
messages: install
	$(MANAGE) makemessages -l ka -l az --ignore=.venv --ignore=tests --no-obsolete

## make run: install, migrate, load the demo content, create an admin, serve on :8000
run: install translations
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_admin --admin-url http://$(HOST):$(PORT)/admin/
	# Links in moderation e-mails (sent without a reader's request) to this server's address.
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) $(MANAGE) runserver $(HOST):$(PORT)

demo: install translations
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content

## make test: the whole suite (SQLite unless DATABASE_URL points elsewhere)
test: install-dev translations lint
	# Every model change has its migration (checked on an in-memory database: no server needed).
	DATABASE_URL=sqlite://:memory: $(MANAGE) makemigrations --check --dry-run
	# One test process per core, a test file never split between them (module fixtures load once).
	$(BIN)/python -m pytest -n auto --dist loadfile $(PYTEST_ARGS)

## make lint: ruff (lint and format) and the import layers (import-linter; pyproject.toml)
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

## make format: apply ruff's fixes and formatting
format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## make bench-search [N="10000 100000"]: search benchmark (indexing pages/s, query p50/p95) on
## PostgreSQL, in a database of its own (created and migrated here, never the dev database)
# benchmarks/search (not an installed app), with manage.py's settings unless DJANGO_SETTINGS_MODULE is set.
# Its own variable: a target-specific DATABASE_URL would stop make passing the environment's
# DATABASE_URL to every other recipe (make test then silently ran on SQLite).
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/coalition_bench
bench-search: N ?= 10000
bench-search: install translations
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python -m benchmarks.search --setup $(N)

## make bench-pages [ARGS="--no-load --repeat 10"]: whole pages (p50/p95, SQL queries), a publish,
## and search under load (gunicorn + wrk) on the database make bench-search filled (BENCH_DATABASE_URL)
bench-pages: install translations
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python -m benchmarks.pages $(ARGS)

## make audit [ARGS="--pages home,news --langs ka --devices phone"]: the demo site served with the
## production settings on a fresh database, measured by Lighthouse 12.2.3 and axe-core (pinned, npm,
## into .audit-cache/) in ka and az on a phone and a desktop; report in /tmp (--report DIR); fails
## when a goal of issue 19 is missed. Slow (about a minute a page view): not part of `make test`.
audit: install-dev translations
	$(BIN)/python -m audit $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .test-media
