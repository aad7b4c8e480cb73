"""No page moves once it is painted: cumulative layout shift 0 on every page, both editions.

Each page of the built site (both editions, their print pages included) is opened in a
fresh browser context (empty cache: a first visit) from 127.0.0.1 at 1280x900 in the light
scheme, as tools/page_weights.py measures it. Once the fonts are in (and 500 ms more) the
layout shifts since the navigation must add up to exactly 0. A failure names the page,
each shift, and every element that moved, with where it was and where it went.

What keeps it at 0 (docs/assets/site.css, overrides/main.html): the header's search box is
there from the first paint; the block the parser is still in stays out of the layout until
it is complete; formulas wait for KaTeX's fonts; an interactive figure is built before
anything below it is parsed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser_support import MEASURE_JS, RequestGuard

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent


def site_pages() -> list[str]:
    """Built HTML path of every page of both editions (as tests/test_browser.py lists them),
    and each edition's print page."""
    pages = []
    for docs, prefix in ((ROOT / "docs", ""), (ROOT / "docs-zh", "zh/")):
        sources = sorted(docs.rglob("*.md")) + sorted(docs.rglob("*_notebook.py"))
        pages += [prefix + p.relative_to(docs).with_suffix(".html").as_posix() for p in sources]
        pages.append(prefix + "print_page.html")
    return pages


def describe(shifts: list[dict]) -> str:
    lines = []
    for shift in shifts:
        lines.append(f"  {shift['value']:.4f} at {shift['time']} ms, moved:")
        lines += [f"    {source['node']}: {source['from']} -> {source['to']}" for source in shift["sources"]]
    return "\n".join(lines)


@pytest.mark.parametrize("path", site_pages())
def test_page_does_not_move_once_painted(browser, server, path):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    guard = RequestGuard(server.origin)
    context.route("**/*", guard)
    try:
        page = context.new_page()
        response = page.goto(f"{server.origin}/{path}", wait_until="load", timeout=120_000)  # print pages: 6 MB
        assert response is not None and response.status == 200, f"{path}: did not load"
        measured = page.evaluate(MEASURE_JS)
    finally:
        context.close()
    assert measured["shift"] == 0, (
        f"{path}: cumulative layout shift {measured['shift']:.4f} after the first paint\n{describe(measured['shifts'])}")
    assert not guard.blocked, guard.blocked
