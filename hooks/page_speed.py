"""MkDocs hook: what a page costs a reader, apart from its content (issue 12).

0. Material's search box (a role="dialog") gets an accessible name, aria-label="Search".

1. The search index leaves out code blocks. Every snippet is a complete program with
   its printed output, about half of the index's text: readers search for the words
   and names of the prose (inline code stays in), not for a program's digits. Material's
   search plugin skips any element marked `data-search-exclude`; this hook marks each
   `<pre>` before the plugin reads the page. Snippet titles (their file names) stay.

2. Each page preloads the KaTeX fonts its formulas use, so text never jumps.
   Formulas are rendered at build time (hooks/render_math.py), but the browser finds
   KaTeX's fonts only after it has laid the page out in a fallback font; when they
   arrive, every formula changes width and the text around it reflows (a layout shift
   of up to 0.07 on formula-heavy pages). A `<link rel="preload">` in the head for
   each font the page uses starts those downloads with the stylesheets, before the
   first layout. The preloads are added by a one-line script at the top of the head
   that skips pages opened from disk: from file:// a font preload cannot match the
   stylesheet's CORS-mode font request, and Chromium logs it as an error.

   Which fonts a page uses is read from KaTeX's own stylesheet: every rule that sets
   a KaTeX font family names the classes that select it, and a page uses the font
   when an element of its formulas has those classes. Runs after render_math.py
   (listed after it in mkdocs.yml), on every page including the printable page.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

from mkdocs.plugins import event_priority

KATEX_CSS = "assets/vendor/katex/katex.min.css"
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
PRELOAD_MARK = "/* KaTeX fonts */"
# Right after <meta charset>: before any stylesheet, since a script waits for the stylesheets above it.
HEAD_START = re.compile(r'<meta charset="[^"]*">\s*')


def _declarations(body: str) -> dict[str, str]:
    pairs = (item.split(":", 1) for item in body.split(";") if ":" in item)
    return {key.strip(): value.strip() for key, value in pairs}


def font_rules(css: str) -> tuple[dict[tuple[str, str, str], str], list[tuple[frozenset[str], tuple[str, str, str]]]]:
    """KaTeX's stylesheet -> ({(family, style, weight): woff2 path}, [(classes, face)])."""
    faces, rules = {}, []
    for selector, body in RULE.findall(css):
        declared = _declarations(body)
        family = declared.get("font-family", "")
        if selector.strip() == "@font-face":
            woff2 = re.search(r"url\(([^)]+\.woff2)\)", declared.get("src", ""))
            if woff2:
                faces[(family, declared.get("font-style", "normal"), declared.get("font-weight", "400"))] = woff2.group(1)
            continue
        if not family.startswith("KaTeX_"):
            continue
        face = (family.split(",")[0], declared.get("font-style", "normal"),
                 {"bold": "700", "normal": "400"}.get(declared.get("font-weight", "400"), declared.get("font-weight", "400")))
        for one in selector.split(","):
            # The last compound selector that names classes: `.katex .delimsizing.size1` -> {delimsizing, size1}.
            compounds = [set(re.findall(r"\.([\w-]+)", part)) for part in re.split(r"[\s>+~]+", one.strip())]
            classes = next((c for c in reversed(compounds) if c), None)
            if classes:
                rules.append((frozenset(classes), face))
    return faces, rules


def fonts_used(page_html: str, faces, rules) -> list[str]:
    """The woff2 files (relative to KaTeX's CSS) that the page's formulas use, in a stable order."""
    if 'class="katex"' not in page_html:
        return []
    class_sets = {frozenset(value.split()) for value in CLASS_ATTRIBUTE.findall(page_html)}
    used = {("KaTeX_Main", "normal", "400")}  # .katex's own font
    used |= {face for classes, face in rules if any(classes <= found for found in class_sets)}
    return sorted(faces[face] for face in used if face in faces)


def add_preloads(page_html: str, page_uri: str, fonts: list[str]) -> str:
    link = HEAD_START.search(page_html)
    if not fonts or link is None:
        return page_html
    css_dir = posixpath.relpath(posixpath.dirname(KATEX_CSS), posixpath.dirname(page_uri) or ".")
    hrefs = json.dumps([posixpath.normpath(posixpath.join(css_dir, font)) for font in fonts], separators=(",", ":"))
    script = (
        f'<script>{PRELOAD_MARK}if(location.protocol!=="file:"){hrefs}.forEach(function(h){{'
        'var l=document.createElement("link");l.rel="preload";l.as="font";l.type="font/woff2";'
        'l.crossOrigin="anonymous";l.href=h;document.head.appendChild(l)})</script>\n'
    )
    return page_html[: link.end()] + script + page_html[link.end():]


PRE = re.compile(r"<pre\b(?![^>]*\bdata-search-exclude)")
# Material's search box is a role="dialog" without a name (Lighthouse, axe best practice aria-dialog-name).
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def exclude_code_from_search(content: str) -> str:
    return PRE.sub("<pre data-search-exclude", content)


@event_priority(-100)  # after the other hooks have written the page, before search reads it (on_page_context)
def on_page_content(content, page, config, files):
    return exclude_code_from_search(content)


def on_post_page(output, page, config):
    return output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + ' aria-label="Search">', 1)


def compact_search_index(site: Path) -> None:
    """The search plugin writes every non-ASCII character as a 6-byte \\u escape; Chinese
    text and jieba's zero-width spaces are most of the Chinese index. Rewrite the JSON,
    which browsers fetch over HTTP as UTF-8, once the offline plugin has copied it into
    search_index.js: that copy, loaded from file:// by the iframe-worker shim with no
    declared charset, must stay ASCII."""
    index = site / "search" / "search_index.json"
    if index.is_file():
        data = json.loads(index.read_text(encoding="utf-8"))
        index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


@event_priority(-200)  # after the offline plugin (-100) wrote search_index.js, after render_math.py
def on_post_build(config):
    site = Path(config.site_dir)
    compact_search_index(site)
    css = site / KATEX_CSS
    if not css.is_file():
        return
    faces, rules = font_rules(css.read_text(encoding="utf-8"))
    for path in sorted(site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        if PRELOAD_MARK in text:
            continue
        updated = add_preloads(text, path.relative_to(site).as_posix(), fonts_used(text, faces, rules))
        if updated != text:
            path.write_text(updated, encoding="utf-8")
