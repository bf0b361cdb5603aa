# Two commands: `make run` (set up and serve) and `make test` (set up and test).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run test test-dates lint format serve bench clean messages

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py create_demo_accounts
	$(PY) manage.py create_demo_data

run: setup
	@echo ""
	@echo "  Hamstring draait op http://$(HOST):$(PORT)/  (stoppen: Ctrl+C)"
	@echo ""
	$(PY) manage.py runserver $(HOST):$(PORT)

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m pytest

# The non-browser suite again on two far dates, under Debian's faketime: a leap day, and
# New Year's Eve at 23:30 in Amsterdam (still 22:30 UTC). CI runs this after `make test`.
test-dates: $(STAMP)
	faketime '2028-02-29 12:00:00' $(PY) -m pytest -m "not browser" -q
	TZ=Europe/Amsterdam faketime '2029-12-31 23:30:00' $(PY) -m pytest -m "not browser" -q

# Translations: collect the marked Dutch strings into every catalogue (needs GNU gettext's
# xgettext: `apt-get install gettext`), compile the .mo files (with polib, no gettext needed)
# and list what is untranslated or fuzzy. Exits 1 until every string is translated.
# `make run` and `make test` need none of this: the compiled .mo files are committed.
MESSAGES_IGNORE := -i .venv -i staticfiles -i bench -i tests -i '*/migrations/*'
messages: $(STAMP)
	$(PY) manage.py makemessages --all --no-obsolete --no-location $(MESSAGES_IGNORE)
	$(PY) -m hamstring_site.catalogue

# Production: gunicorn on DATABASE_URL. Needs DJANGO_DEBUG=false, DJANGO_SECRET_KEY,
# DJANGO_ALLOWED_HOSTS (see README, "Production").
serve: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(VENV)/bin/gunicorn -c gunicorn.conf.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
