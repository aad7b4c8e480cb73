"""`make bench` (part 3): Lighthouse's four scores for every built page.

Usage: python tools/lighthouse.py SITE_DIR [--preset mobile|desktop] [PAGE ...]

Serves the site on 127.0.0.1 with gzip, as a static host does (Lighthouse's simulated
network counts the bytes sent), and runs the pinned npm lighthouse (package.json)
through tools/lighthouse.mjs against Debian's Chromium, started with the flags the
browser tests use (tests/browser_support.py): never a downloaded browser. Prints one
row per page: performance, accessibility, best practices and SEO out of 100, the
paint timings, and each scored audit that did not pass. A benchmark: it fails only if
Lighthouse cannot run.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser_support import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tools.page_weights import pages as site_pages  # noqa: E402

COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map", ".ipynb", ".py"}


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, text ones gzip-compressed when the browser accepts it (as GitHub Pages does)."""

    def log_message(self, format, *args):  # noqa: A002 - signature fixed by the base class
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (path.suffix not in COMPRESSED or not path.is_file()
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")  # GitHub Pages' header
        self.end_headers()
        return _Body(body)


class _Body:
    def __init__(self, data: bytes):
        self.data = data

    def read(self, *_):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def run(site: Path, pages: list[str], preset: str) -> list[dict]:
    handler = functools.partial(GzipHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    request = {"origin": f"http://127.0.0.1:{server.server_address[1]}", "pages": pages, "chromePath": CHROMIUM,
               "chromeFlags": CHROMIUM_ARGS, "preset": preset}
    rows = []
    try:
        process = subprocess.Popen(["node", str(ROOT / "tools" / "lighthouse.mjs")], cwd=ROOT, text=True,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        process.stdin.write(json.dumps(request))
        process.stdin.close()
        for line in process.stdout:
            row = json.loads(line)
            rows.append(row)
            print_row(row)
        if process.wait() != 0:
            sys.exit(f"lighthouse failed (exit {process.returncode}); is `npm ci` done?")
    finally:
        server.shutdown()
        server.server_close()
    return rows


def print_row(row: dict) -> None:
    # No score (None): an audit of the category could not run; its error is printed below.
    scores = [("n/a" if row["scores"][c] is None else round(100 * row["scores"][c]))
              for c in ("performance", "accessibility", "best-practices", "seo")]
    metrics = row["metrics"]
    print(f"{row['page']:42} {scores[0]:>5} {scores[1]:>5} {scores[2]:>5} {scores[3]:>5} "
          f"{metrics['first-contentful-paint'] / 1000:7.1f} {metrics['largest-contentful-paint'] / 1000:7.1f} "
          f"{metrics['total-blocking-time']:6.0f} {metrics['cumulative-layout-shift']:6.3f}", flush=True)
    for audit in row["failed"]:
        print(f"{'':44}- {audit['id']} ({audit['score']:.2f}) {audit['title']} {audit['value']}".rstrip(), flush=True)
    by_message: dict[str, list[str]] = {}  # one gatherer's error fails many audits alike
    for error in row.get("errors", []):
        by_message.setdefault(error["message"], []).append(error["id"])
    for message, ids in by_message.items():
        named = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
        print(f"{'':44}! {named}: {message}".rstrip(), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("pages", nargs="*", help="pages relative to the site (default: every page)")
    parser.add_argument("--preset", choices=["mobile", "desktop"], default="mobile")
    args = parser.parse_intermixed_args()
    site = args.site.resolve()
    pages = args.pages or site_pages(site)
    print(f"Lighthouse ({args.preset}), scores out of 100; FCP and LCP in s, TBT in ms (simulated throttling)")
    print(f"{'page':42} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} {'FCP':>7} {'LCP':>7} {'TBT':>6} {'CLS':>6}")
    rows = run(site, pages, args.preset)
    perfect = sum(all(score == 1 for score in row["scores"].values()) for row in rows)
    print(f"{perfect} of {len(rows)} pages score 100 in all four categories")


if __name__ == "__main__":
    main()
