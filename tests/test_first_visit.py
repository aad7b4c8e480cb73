"""A reader's first visit to each page: what it weighs, and that nothing moves once painted.

Each page of the built site (both editions, their print pages included) is opened once in a
fresh browser context (empty cache) from 127.0.0.1 at 1280x900 in the light scheme
(tests/browser_support.first_visit, as `make bench` measures it); both tests of a page use
that one visit (pytest-xdist runs them in the same worker: the xdist_group marks).

- Layout shift: once the fonts are in (and 500 ms more) the shifts since the navigation add
  up to exactly 0. A failure names each shift and every element that moved, from where to
  where. What keeps it at 0 (docs/assets/site.css, overrides/main.html): the header's
  search box is there from the first paint; the block the parser is still in stays out of
  the layout until it is complete; formulas wait for KaTeX's fonts; an interactive figure is
  built before anything below it is parsed.
- Weight (issue 12's budgets): the uncompressed bytes of the HTML and of everything it
  loaded (CSS, JS, fonts, images), the search index and search worker apart, are at most
  450 KB on a Markdown page, 550 KB on a notebook page and 1.5 MB on a print page.
  The pages listed in OVER_BUDGET do not meet it yet; they are expected to fail (strict: one
  that comes under its budget fails until its entry is removed).
"""

from __future__ import annotations

import pytest

from tests.browser_support import first_visit, site_pages

pytestmark = pytest.mark.browser

KB = 1024
MARKDOWN_BUDGET, NOTEBOOK_BUDGET, PRINT_BUDGET = 450 * KB, 550 * KB, 1536 * KB

# Pages over budget in both editions, with their weight when this was written (English,
# KB). What makes them heavy is KaTeX's HTML, about 1 KB per inline formula and up to 8 KB
# per display formula, on top of the ~320 KB every formula page loads (Material's bundle
# and stylesheet, KaTeX's stylesheet and fonts). The print pages are every page at once,
# with ~1.5 MB of highlighted code besides. Rendering as MathML only would be ~7x lighter
# but Chromium draws it visibly worse; splitting pages changes the book: open in issue 12.
OVER_BUDGET = {
    "basics/activations.html": 646, "basics/initialization.html": 624, "basics/normalization.html": 530,
    "basics/regularization.html": 460, "information/entropy.html": 614, "information/properties.html": 827,
    "information/softmax.html": 534, "losses/beyond.html": 672, "losses/binary.html": 639,
    "losses/likelihood.html": 633, "losses/multiclass.html": 617, "losses/regression.html": 488,
    "optim/adaptive.html": 651, "optim/backprop.html": 696, "optim/choosing.html": 454,
    "optim/clipping.html": 596, "optim/more_optimizers.html": 684, "optim/schedulers.html": 625,
    "optim/sgd.html": 535, "print_page.html": 6533,
}


def budget(path: str) -> int:
    """The issue's budget for a page, in bytes."""
    if path.endswith("print_page.html"):
        return PRINT_BUDGET
    return NOTEBOOK_BUDGET if path.endswith("_notebook.html") else MARKDOWN_BUDGET


def params(with_budget_marks: bool) -> list:
    out = []
    for path in site_pages() + ["print_page.html", "zh/print_page.html"]:
        marks = [pytest.mark.xdist_group(path)]
        known = OVER_BUDGET.get(path.removeprefix("zh/"))
        if with_budget_marks and known:
            marks.append(pytest.mark.xfail(strict=True, reason=f"over budget: {known} KB when written (issue 12)"))
        out.append(pytest.param(path, marks=marks, id=path))
    return out


_visits: dict[str, dict] = {}


@pytest.fixture
def visit(browser, server):
    """The page's one first visit in this process, measured on first use."""
    def get(path: str) -> dict:
        if path not in _visits:
            _visits[path] = first_visit(browser, server.origin, path)
        return _visits[path]
    return get


def describe(shifts: list[dict]) -> str:
    lines = []
    for shift in shifts:
        lines.append(f"  {shift['value']:.4f} at {shift['time']} ms, moved:")
        lines += [f"    {source['node']}: {source['from']} -> {source['to']}" for source in shift["sources"]]
    return "\n".join(lines)


@pytest.mark.parametrize("path", params(with_budget_marks=False))
def test_page_does_not_move_once_painted(visit, path):
    measured = visit(path)
    assert measured["shift"] == 0, (
        f"{path}: cumulative layout shift {measured['shift']:.4f} after the first paint\n{describe(measured['shifts'])}")
    assert not measured["blocked"], measured["blocked"]


@pytest.mark.parametrize("path", params(with_budget_marks=True))
def test_page_weighs_at_most_its_budget(visit, path):
    measured = visit(path)
    limit = budget(path)
    heaviest = sorted(measured["resources"], key=lambda r: -r["bytes"])[:5]
    assert measured["page_bytes"] <= limit, (
        f"{path}: {measured['page_bytes'] / KB:.0f} KB on a first visit, budget {limit / KB:.0f} KB "
        f"(HTML {measured['html'] / KB:.0f} KB; heaviest loads: "
        + ", ".join(f"{r['name'].rsplit('/', 1)[-1]} {r['bytes'] / KB:.0f} KB" for r in heaviest) + ")")
