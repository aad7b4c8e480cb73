"""`make bench` (part 2): what each built page costs a reader on a first visit, in Chromium.

Usage: python tools/page_weights.py SITE_DIR

For every page, loaded from a local server into a fresh browser context (empty cache):
the uncompressed bytes of the HTML and of everything it loads (CSS, JS, fonts,
images), the search index and the search worker apart (fetched once in the background
and cached for every later page), and the cumulative layout shift once fonts are in.
A benchmark: it prints a table, and fails only if a page does not load.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, LocalServer, first_visit  # noqa: E402


def pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")
                  if p.relative_to(site).parts[0] not in {"snippets", "assets"} and p.name != "404.html")


def moved(shifts: list[dict]) -> list[str]:
    """The element of each shift's first source, once each, in order."""
    return list(dict.fromkeys(shift["sources"][0]["node"] for shift in shifts if shift["sources"]))


def main(site: Path) -> None:
    from playwright.sync_api import sync_playwright

    print(f"{'page':42} {'total KB':>9} {'HTML KB':>8} {'search KB':>10} {'layout shift':>13}")
    with LocalServer(site) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        for path in pages(site):
            measured = first_visit(browser, server.origin, path)
            print(f"{path:42} {measured['page_bytes'] / 1024:9.0f} {measured['html'] / 1024:8.0f} "
                  f"{measured['search_bytes'] / 1024:10.0f} {measured['shift']:13.3f}"
                  + (f"  moved: {', '.join(moved(measured['shifts']))}" if measured["shift"] else ""))
        browser.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]).resolve())
