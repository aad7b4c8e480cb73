"""Every internal link and anchor in the built site resolves (HTML from notebooks and hooks included).

mkdocs' own validation (strict, anchors: warn) checks links written in Markdown;
this also covers what it cannot see: navigation, generated pages, raw HTML.
"""

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[int, str]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for key in ("id", "name"):
            if attributes.get(key):
                self.ids.add(attributes[key])
        for key in ("href", "src"):
            value = attributes.get(key)
            if value and tag in {"a", "link", "script", "img", "source", "iframe"}:
                self.links.append((self.getpos()[0], value))


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_internal_links_and_anchors_resolve(built_site):
    pages = {p.relative_to(built_site).as_posix(): parse(p) for p in sorted(built_site.rglob("*.html"))}
    broken = []
    for page, parsed in pages.items():
        for line, url in parsed.links:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or url.startswith(("mailto:", "javascript:", "data:")):
                continue  # external links are a reader's click, not the site's to resolve
            if parts.path.startswith("/"):  # root-relative (404.html, served from the site root)
                target = posixpath.normpath(unquote(parts.path).lstrip("/"))
            elif parts.path:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
            else:
                target = page
            if not (built_site / target).exists():
                broken.append(f"{page}:{line}: {url} -> {target} does not exist")
            elif parts.fragment and target in pages and unquote(parts.fragment) not in pages[target].ids:
                broken.append(f"{page}:{line}: {url} -> no element with id '{parts.fragment}' in {target}")
    assert not broken, "\n".join(broken)
