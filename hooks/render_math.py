"""MkDocs hook: render every formula at build time with the site's pinned KaTeX.

pymdownx.arithmatex (generic mode) leaves `<span class="arithmatex">\\(...\\)</span>`
and `<div class="arithmatex">\\[...\\]</div>` in the pages, and hooks/notebooks.py
turns the notebooks' math into the same markup. After the whole site is written
(print-site writes its printable page last), this hook renders each formula once
with KaTeX in node and writes the HTML (with MathML for screen readers) into the
page. Readers' browsers run no KaTeX: formulas show without JavaScript, in print and
from disk, and never shift the text when they appear. A formula KaTeX cannot render
fails the build, naming the page, the line and the formula.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
RENDERER = Path(__file__).resolve().parent / "katex_render.cjs"
FORMULA = re.compile(r'<(?P<tag>span|div) class="arithmatex">(?P<body>(?:(?!</?(?:span|div)\b).)*?)</(?P=tag)>', re.DOTALL)
DELIMITERS = re.compile(r"^\\[(\[](?P<tex>.*)\\[)\]]$", re.DOTALL)


def tex_of(body: str) -> str | None:
    """The TeX inside an arithmatex element, or None when it holds no delimited source."""
    match = DELIMITERS.match(html.unescape(body).strip())
    return match.group("tex") if match else None


def katex(formulas: list[dict]) -> list[dict]:
    """[{tex, display}] -> [{html} | {error}], in one node process for the whole site."""
    if not formulas:
        return []
    try:
        result = subprocess.run(["node", str(RENDERER)], input=json.dumps(formulas), capture_output=True,
                                text=True, cwd=ROOT, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        stderr = getattr(error, "stderr", "") or ""
        raise PluginError(f"could not run KaTeX in node (is `npm ci` done?): {error}\n{stderr}") from error
    return json.loads(result.stdout)


def render_pages(pages: dict[str, str]) -> dict[str, str]:
    """{name: html} -> {name: html with every formula rendered}; raises naming page, line and formula."""
    found = []  # (name, match) in document order
    for name, text in pages.items():
        found += [(name, match) for match in FORMULA.finditer(text) if tex_of(match.group("body")) is not None]
    # Each distinct formula is rendered once: the printable page repeats every page's formulas.
    requests = [(tex_of(m.group("body")), m.group("tag") == "div") for _, m in found]
    distinct = list(dict.fromkeys(requests))
    results = dict(zip(distinct, katex([{"tex": tex, "display": display} for tex, display in distinct])))
    rendered = [results[request] for request in requests]
    failures = [
        f"{name}:{pages[name].count(chr(10), 0, m.start()) + 1}: KaTeX cannot render {tex_of(m.group('body'))!r}: {r['error']}"
        for (name, m), r in zip(found, rendered) if "error" in r
    ]
    if failures:
        raise PluginError("formulas that KaTeX cannot render:\n" + "\n".join(failures))
    # Each page is rebuilt from its pieces in one join: slicing the page once per formula
    # copied the 6 MB printable page 2,400 times (11 s of the build).
    by_page: dict[str, list] = {}
    for (name, match), result in zip(found, rendered):
        by_page.setdefault(name, []).append((match, result["html"]))
    out = dict(pages)
    for name, replacements in by_page.items():
        text, pieces, end = pages[name], [], 0
        for match, formula in replacements:
            tag = match.group("tag")
            pieces += [text[end: match.start()], f'<{tag} class="arithmatex">{formula}</{tag}>']
            end = match.end()
        out[name] = "".join(pieces) + text[end:]
    return out


def on_post_build(config):
    site = Path(config.site_dir)
    paths = {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*.html"))}
    pages = {name: path.read_text(encoding="utf-8") for name, path in paths.items()}
    for name, text in render_pages(pages).items():
        if text != pages[name]:
            paths[name].write_text(text, encoding="utf-8")
