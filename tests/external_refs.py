"""Find every URL in built HTML, CSS, JS and SVG that a browser would fetch from another host.

Links a reader clicks (<a href>) are navigation, not requests, and are allowed.
What is found: script/link/img/iframe/source/... attributes, preconnect and
prefetch hints, CSS url() and @import, JS static and dynamic imports,
importScripts and fetch with a literal URL, and SVG hrefs.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)  # http://, https://, protocol-relative //
FETCHING_ATTRIBUTES = {"src", "srcset", "poster", "data", "background", "xlink:href", "formaction", "manifest"}
FETCHING_LINK_RELS = {"stylesheet", "preconnect", "dns-prefetch", "preload", "prefetch", "modulepreload", "icon",
                      "apple-touch-icon", "manifest", "prerender", "mask-icon"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""", re.IGNORECASE)
JS_FETCH = re.compile(
    r"""(?:\bimport\s*\(\s*|\bimport\s[^;'"]*?\bfrom\s*|\bimport\s*|\bimportScripts\s*\(\s*|\bfetch\s*\(\s*)['"`]((?:https?:)?//[^'"`]+)"""
)


def is_remote(url: str) -> bool:
    return bool(REMOTE.match(url.strip()))


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str]] = []  # (line, what, url)
        self._in_style = False
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        line = self.getpos()[0]
        for name, value in attrs:
            if value is None:
                continue
            if name in FETCHING_ATTRIBUTES or (name == "href" and tag in {"image", "use", "feimage"}):
                for url in value.split(",") if name == "srcset" else [value]:
                    url = url.strip().split(" ")[0]
                    if is_remote(url):
                        self.found.append((line, f"<{tag} {name}>", url))
            if name == "style":
                for match in CSS_URL.finditer(value):
                    url = match.group(1) or match.group(2)
                    if is_remote(url):
                        self.found.append((line, f"<{tag} style>", url))
        if tag == "link":
            rels = set((attributes.get("rel") or "").lower().split())
            href = attributes.get("href") or ""
            if rels & FETCHING_LINK_RELS and is_remote(href):
                self.found.append((line, f"<link rel={' '.join(sorted(rels))}>", href))
        self._in_style = tag == "style"
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_style = self._in_script = False

    def handle_data(self, data):
        line = self.getpos()[0]
        if self._in_style:
            self.found += [(line, "<style> url()", u) for u in _css_urls(data)]
        if self._in_script:
            self.found += [(line, "<script> import/fetch", u) for u in _js_urls(data)]


def _css_urls(text: str) -> list[str]:
    return [u for m in CSS_URL.finditer(text) if is_remote(u := (m.group(1) or m.group(2)))]


def _js_urls(text: str) -> list[str]:
    return [m.group(1) for m in JS_FETCH.finditer(text)]


def scan_file(path: Path) -> list[tuple[int, str, str]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    suffix = path.suffix.lower()
    if suffix in {".html", ".htm", ".svg"}:
        collector = _Collector()
        collector.feed(text)
        return collector.found
    if suffix == ".css":
        return [(0, "css url()/@import", u) for u in _css_urls(text)]
    if suffix in {".js", ".mjs"}:
        return [(0, "js import/fetch", u) for u in _js_urls(text)]
    return []


def scan_site(site: Path) -> list[str]:
    """'file:line: what url' for every remote fetch found in the built site."""
    problems = []
    for path in sorted(site.rglob("*")):
        if path.is_file():
            for line, what, url in scan_file(path):
                problems.append(f"{path.relative_to(site).as_posix()}:{line}: {what} {url}")
    return problems
