# Two commands: `make run` (the site with demo content on http://127.0.0.1:8000) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# pytest-xdist workers for `make test` (auto: one per CPU). TEST_WORKERS=0 runs the suite in one process. A worker
# that runs out of tests takes some of another's (`--dist worksteal`): the last minute is not one worker's alone.
TEST_WORKERS ?= auto
DEV_SETTINGS := config.settings.dev

.PHONY: run test install install-dev install-browser check lint format messages messages-report clean bench bench-email bench-render bench-hit bench-layers walkthrough

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

## run: install, migrate, load the demo content, make sure an admin exists, serve on 127.0.0.1:$(PORT);
## beside the server, scheduled pages are published (and expired) every minute, as the scheduler does in production
run: install
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py migrate --no-input
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py load_demo_content
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py set_dev_site --hostname 127.0.0.1 --port $(PORT)
	PORT=$(PORT) DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py ensure_dev_admin
	(while true; do DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py publish_scheduled >/dev/null; \
		sleep 60; done) & publisher=$$!; trap 'kill $$publisher 2>/dev/null' EXIT INT TERM; \
	PORT=$(PORT) DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

## install-browser: Debian's headless Chromium for the end-to-end tests (Playwright cannot download browsers here)
install-browser:
	@if [ ! -x /usr/bin/chromium-headless-shell ]; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null; \
		elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then \
			sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null; \
		else \
			echo "The browser tests need Chromium's headless shell at /usr/bin/chromium-headless-shell (CHROMIUM_PATH overrides)."; \
		fi; \
	fi

## test: install test tools, then ruff, then pytest in parallel (DATABASE_URL when set, else SQLite); Django's system
## checks and `makemigrations --check` run inside pytest (tests/test_project_checks.py). Python may keep its compiled
## files (__pycache__, git-ignored) even where the environment says not to: every worker and every manage.py the
## tests start would compile the project and rewrite the tests' asserts again.
test: install-dev install-browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	PYTHONDONTWRITEBYTECODE= DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest -n $(TEST_WORKERS) --dist worksteal

## bench-email: weekly-actions email rate (deliveries queued/s, emails sent/s over SMTP on loopback, connections)
SUBSCRIBERS ?= 1000
bench-email: install-dev
	$(BIN)/python -m tests.bench.email_rate --subscribers $(SUBSCRIBERS)

## bench: gunicorn (production settings) under wrk: static file, cached and uncached pages, signing, webhooks
bench: install
	$(BIN)/python tests/bench/bench.py

## bench-render: median in-process render time (ms) and queries of the home, campaign and petition pages, uncached
bench-render: install
	$(BIN)/python tests/bench/render.py

## bench-hit: CPU time of one page-cache hit beside one static file, in-process (no gunicorn, no wrk)
bench-hit: install
	$(BIN)/python tests/bench/hit.py

## bench-layers: CPU time of a render with each derived cache layer on and off, and after a new content version
bench-layers: install
	$(BIN)/python tests/bench/layers.py

## walkthrough: every seed published from a blank site by an Editors-group user in Chromium, English and Spanish,
## timed, with a Markdown report (walkthrough-report.md); a few minutes, so not part of `make test`
walkthrough: install-dev install-browser
	$(BIN)/python -m tests.walkthrough.publish_seeds walkthrough-report.md

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

APPS := home campaigns donations legislators updates newsletter resources privacy editors core
# The interface languages the site ships catalogues for (gettext's names): es was reviewed by a native speaker,
# the others are first drafts to be reviewed (each catalogue's header says which).
MESSAGE_LANGUAGES ?= es ht pt_BR zh_Hans vi ar
LOCALE_FLAGS := $(foreach lang,$(MESSAGE_LANGUAGES),-l $(lang))

## messages: refresh every language's catalogues and compile them (needs GNU gettext); each app keeps its own
messages: install
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py makemessages $(LOCALE_FLAGS) --ignore=.venv \
		--ignore=staticfiles --ignore=tests $(foreach app,$(filter-out home,$(APPS)),--ignore=$(app))
	for app in $(filter-out home,$(APPS)); do \
		(cd $$app && DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) ../$(BIN)/python ../manage.py makemessages $(LOCALE_FLAGS)); done
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py compilemessages --ignore=.venv
	$(MAKE) --no-print-directory messages-report

## messages-report: each language's share of translated interface text, and whether a native speaker reviewed it
messages-report: install
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py messages_report $(subst _,-,$(MESSAGE_LANGUAGES))

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
