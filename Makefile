# Every target bootstraps what it needs: .venv from requirements.txt, node_modules
# from package-lock.json. Each set-up step runs again only when its input changes,
# so once set up, `make site` and `make test` need no network.

PYTHON_FOR_VENV ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve site test bench dist deps chromium clean

serve: deps  ## build and serve the site at http://127.0.0.1:8000
	$(PY) -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

site: deps  ## build the site into site/
	$(PY) -m mkdocs build --strict --site-dir site

test: deps chromium  ## run every snippet, every page fence, the site checks and the browser tests
	$(PY) -m pytest

dist: site chromium  ## the offline copy: dist/site.zip and a PDF per edition (dist/pytorch-training-math.pdf, .zh.pdf)
	$(PY) tools/dist.py site dist

bench: deps chromium  ## time the snippet suite and the site build; weigh every page in Chromium; Lighthouse scores
	$(PY) tests/bench.py
	$(PY) -m mkdocs build --strict --quiet --site-dir site
	$(PY) tools/page_weights.py site
	$(PY) tools/lighthouse.py site --preset desktop
	$(PY) tools/lighthouse.py site --preset mobile

deps: $(VENV)/.installed node_modules/.installed

# The browser tests drive Debian's Chromium (never a downloaded browser build); the
# Chinese edition needs a CJK font there, or Chromium draws boxes (and so would the PDF).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends chromium; }
	@fc-list :lang=zh | grep -q . || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends fonts-noto-cjk; }

# Hosted CI sets TORCH_INDEX_URL to the CPU wheels' index: there the default torch wheel
# is the multi-GB CUDA build. Here the pinned torch is the CPU build already.
TORCH_INDEX_URL ?=

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON_FOR_VENV) -m venv $(VENV)
	$(if $(TORCH_INDEX_URL),$(PY) -m pip install --quiet --disable-pip-version-check "$$(grep '^torch==' requirements.txt)" --index-url $(TORCH_INDEX_URL))
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf site dist
