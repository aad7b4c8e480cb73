# Every target bootstraps what it needs: .venv from requirements.txt, node_modules
# from package-lock.json. Each set-up step runs again only when its input changes,
# so once set up, `make site` and `make test` need no network.

PYTHON_FOR_VENV ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve site test bench deps clean

serve: deps  ## build and serve the site at http://127.0.0.1:8000
	$(PY) -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

site: deps  ## build the site into site/
	$(PY) -m mkdocs build --strict --site-dir site

test: deps  ## run every snippet, every page fence, and the site checks
	$(PY) -m pytest

bench: deps  ## time the snippet suite and the site build
	$(PY) tests/bench.py

deps: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON_FOR_VENV) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf site
