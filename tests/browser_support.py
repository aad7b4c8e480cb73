"""Serving the built site on 127.0.0.1 and driving Debian's Chromium with Playwright.

Chromium is started with its own background traffic disabled and every host but
127.0.0.1 unresolvable; on top of that each page's requests are routed through
`RequestGuard`, which lets through only the local server (or file://) and counts
everything else as a failure.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]


def site_pages() -> list[str]:
    """Built HTML path of every page of both editions: docs/x/y.md and notebook sources
    docs/x/y_notebook.py -> x/y.html; their Chinese twins in docs-zh/ -> zh/x/y.html."""
    pages = []
    for docs, prefix in ((ROOT / "docs", ""), (ROOT / "docs-zh", "zh/")):
        sources = sorted(docs.rglob("*.md")) + sorted(docs.rglob("*_notebook.py"))
        pages += [prefix + p.relative_to(docs).with_suffix(".html").as_posix() for p in sources]
    return pages


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature fixed by the base class
        pass


class LocalServer:
    """The built site over HTTP on 127.0.0.1, on a free port, in a background thread."""

    def __init__(self, directory: Path):
        handler = functools.partial(_QuietHandler, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "LocalServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@dataclass
class RequestGuard:
    """Route handler: allow the local origin (or file://), abort and record anything else."""

    allowed_prefix: str
    blocked: list[str] = field(default_factory=list)

    def __call__(self, route) -> None:
        url = route.request.url
        if url.startswith((self.allowed_prefix, "data:", "blob:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


@dataclass
class PageWatch:
    """Console errors and uncaught exceptions seen while a page was open."""

    errors: list[str] = field(default_factory=list)

    def attach(self, page) -> "PageWatch":
        page.on("console", lambda message: message.type == "error" and self.errors.append(f"console: {message.text}"))
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        return self


# Count rendered formulas against source formulas, and find TeX delimiters left raw in prose.
MATH_STATE_JS = r"""() => {
  const sources = [...document.querySelectorAll('.arithmatex')];
  const raw = sources.filter(el => !el.querySelector('.katex')).map(el => el.textContent.slice(0, 60));
  const article = (document.querySelector('article') || document.body).cloneNode(true);
  article.querySelectorAll('pre, code, .katex').forEach(el => el.remove());
  const text = article.textContent;
  const leftover = ['\\(', '\\[', '$$'].filter(d => text.includes(d));
  return {sources: sources.length, rendered: sources.length - raw.length, raw, leftover};
}"""

AXE_RUN_JS = """async (colourRulesOnly) => {
  // The colour scheme changes only colour-dependent results, so the dark pass runs just those rules.
  // resultTypes: only violations need their details worked out, which makes axe much faster.
  const options = colourRulesOnly
    ? {runOnly: {type: 'rule', values: ['color-contrast', 'link-in-text-block']}, resultTypes: ['violations']}
    : {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']};
  const result = await axe.run(document, options);
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').split('\\n').slice(0, 2).join(' '))}));
}"""

# What a first visit costs, once the fonts are in (tools/page_weights.py, tests/test_first_visit.py):
# the bytes of the page and of everything it loaded, and the cumulative layout shift since
# the navigation. `shifts` has each shift's value, time and every source: the element that
# moved (tag.class in #nearest-id), where it was and where it went ([x, y, width, height] in
# CSS pixels).
MEASURE_JS = """async () => {
  await document.fonts.ready;
  await new Promise(resolve => setTimeout(resolve, 500));
  let shift = 0;
  const shifts = [];
  const describe = node => {
    const element = node && (node.nodeType === 1 ? node : node.parentElement);
    if (!element) return '?';
    const named = element.closest('[id]');
    return element.tagName.toLowerCase() + (element.classList.length ? '.' + [...element.classList].slice(0, 2).join('.') : '')
      + (named ? ' in #' + named.id : '');
  };
  const rect = r => [r.x, r.y, r.width, r.height].map(Math.round);
  await new Promise(resolve => {
    new PerformanceObserver(list => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        shift += entry.value;
        const sources = (entry.sources || []).map(s => ({node: describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect)}));
        shifts.push({value: entry.value, time: Math.round(entry.startTime), sources});
      }
      resolve();
    }).observe({type: 'layout-shift', buffered: true});
    setTimeout(resolve, 200);
  });
  const navigation = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource').map(r => ({name: r.name, bytes: r.decodedBodySize}));
  return {html: navigation.decodedBodySize, resources, shift, shifts};
}"""


# The search index and Material's search worker: fetched once in the background and cached
# for every later page, so a page's weight counts them apart (issue 12).
SEARCH_PARTS = ("/search/search_index.json", "/search/search_index.js", "/workers/search.")


def first_visit(browser, origin: str, path: str) -> dict:
    """Open `path` as a first-time reader does: a fresh context (empty cache), 1280x900,
    light scheme, from the local server; MEASURE_JS's measurement once the fonts are in,
    plus `page_bytes` (the HTML and everything it loaded but the search), `search_bytes`
    and `blocked` (requests to any other host)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    guard = RequestGuard(origin)
    context.route("**/*", guard)
    try:
        page = context.new_page()
        response = page.goto(f"{origin}/{path}", wait_until="load", timeout=180_000)  # print pages: 6 MB
        if response is None or response.status != 200:
            raise AssertionError(f"{path}: did not load ({response and response.status})")
        measured = page.evaluate(MEASURE_JS)
    finally:
        context.close()
    search = sum(r["bytes"] for r in measured["resources"] if any(part in r["name"] for part in SEARCH_PARTS))
    measured["search_bytes"] = search
    measured["page_bytes"] = measured["html"] + sum(r["bytes"] for r in measured["resources"]) - search
    measured["blocked"] = guard.blocked
    return measured
