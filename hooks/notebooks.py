"""MkDocs hook: make mkdocs-jupyter's notebook pages fit an offline site.

Notebook pages are jupytext percent-format sources named docs/**/*_notebook.py,
executed at build time by mkdocs-jupyter (configured in mkdocs.yml). This hook:

- keys mkdocs-jupyter's cache on requirements.txt, the Python version and the kernel
  configuration below, since the plugin's own key ignores them (outputs must change
  when torch does), and drops the cache of older keys;
- makes the kernel draw matplotlib plots as SVG (text kept as text) on a transparent
  background instead of white PNGs, through an IPython profile of its own (the
  notebooks themselves stay plain programs); site.css inverts them in dark mode. Each
  plot is then minified (coordinates to 0.1 pt, short ids, no metadata, a line's
  markers drawn by one path with an SVG <marker> instead of one element each) and inlined as a UTF-8 data: URI with its width
  and height, instead of base64 (a third larger);
- serves each notebook as a downloadable .ipynb next to its page;
- removes the MathJax and mermaid loaders mkdocs-jupyter injects (CDN URLs, or an
  empty `<script src="">` when no MathJax URL is configured) and moves its
  ~590 KB of inline CSS, identical on every notebook page, into one shared file,
  trimmed to the rules that match an element of a notebook page and the custom
  properties those rules use (JupyterLab's whole theme: ~20 KB are left);
- gives code cells the site's own highlighting classes instead of nbconvert's;
- points links to other pages (written as .md, as everywhere) at their .html;
- turns the notebooks' $...$ and $$...$$ into the same arithmatex markup the
  Markdown pages use, so hooks/render_math.py renders them at build time too.
"""

from __future__ import annotations

import base64
import hashlib
import html
import os
import platform
import posixpath
import re
import shutil
from pathlib import Path

import jupytext
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_SUFFIX = "_notebook.py"
SHARED_CSS = "assets/notebook.css"
CACHE_ROOT = ROOT / ".cache" / "mkdocs-jupyter"
CSS_CACHE = ROOT / ".cache" / "notebook-css"  # trim_css results, keyed on its inputs
IPYTHON_DIR = ROOT / ".cache" / "ipython"  # the notebook kernel's IPYTHONDIR
KERNEL_CONFIG = """\
# Written by hooks/notebooks.py at every build: how the notebook pages' kernel draws plots.
c.InlineBackend.figure_formats = {"svg"}
c.InlineBackend.rc = {
    "figure.facecolor": "none",  # transparent: the page's light or dark background shows through
    "axes.facecolor": "none",
    "savefig.transparent": True,
    "svg.fonttype": "none",  # text stays text, in the page's fonts
    "svg.hashsalt": "pytorch-training-math",  # stable ids: the same build gives the same bytes
}
c.InlineBackend.print_figure_kwargs = {"bbox_inches": "tight", "metadata": {"Date": None, "Creator": None}}
"""

STYLE_BLOCK = re.compile(r"<style[^>]*>(.*?)</style>\s*", re.DOTALL)
# A script loaded from another host, or from src="" (MathJax's loader when custom_mathjax_url is unset).
CDN_SCRIPT = re.compile(r'<script[^>]*\bsrc="(?:(?:https?:)?//[^"]*)?"[^>]*>\s*</script>\s*')
MATHJAX_BLOCK = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->\s*", re.DOTALL)
MATHJAX_CONFIG = re.compile(r'<script type="text/x-mathjax-config">.*?</script>\s*', re.DOTALL)
MERMAID_MODULE = re.compile(r'<script type="module">(?:(?!</script>).)*?mermaid.*?</script>\s*', re.DOTALL)
MARKDOWN_CELL = re.compile(r'(<div class="[^"]*jp-MarkdownOutput[^"]*"[^>]*>)(.*?)(</div>)', re.DOTALL)
DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
MARKDOWN_LINK = re.compile(r'href="(?![a-z]+:|/|#)([^"#]+?)\.(?:md|py)(#[^"]*)?"')
INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)(.+?)(?<![\\$])\$")

_shared_css: str | None = None
_notebook_pages: list[str] = []  # the HTML of every notebook page, which the shared CSS is trimmed to

SVG_IMG = re.compile(r'<img (?P<before>[^>]*?)src="data:image/svg\+xml;base64,(?P<data>[^"]+)"(?P<after>[^>]*)>')
SVG_NUMBER = re.compile(r"-?\d+\.\d+")
SVG_GEOMETRY = {"d", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "transform", "points"}

# Pseudo-classes and pseudo-elements a static document cannot match: drop them before matching.
DYNAMIC_PSEUDO = re.compile(
    r"::?(?:-[\w-]+|hover|focus(?:-visible|-within)?|active|visited|before|after|placeholder|selection"
    r"|first-line|first-letter|marker|backdrop)(?:\([^()]*\))?"
)
# Attributes Material's script sets when the reader switches the colour scheme.
RUNTIME_ATTRIBUTE = re.compile(r"\[data-md-color-[\w-]+(?:[~|^$*]?=[^\]]*)?\]")
CUSTOM_PROPERTY_USE = re.compile(r"var\(\s*(--[\w-]+)")


def is_notebook(path: str | None) -> bool:
    return bool(path) and path.endswith(NOTEBOOK_SUFFIX)


def on_config(config):
    plugin = config.plugins.get("mkdocs-jupyter")
    if plugin is None:
        raise PluginError("hooks/notebooks.py expects the mkdocs-jupyter plugin in mkdocs.yml")
    profile = IPYTHON_DIR / "profile_default"
    profile.mkdir(parents=True, exist_ok=True)
    (profile / "ipython_kernel_config.py").write_text(KERNEL_CONFIG, encoding="utf-8")
    os.environ["IPYTHONDIR"] = str(IPYTHON_DIR)  # inherited by the kernel that executes the notebooks
    key = hashlib.sha256(
        (ROOT / "requirements.txt").read_bytes() + platform.python_version().encode() + KERNEL_CONFIG.encode()
    ).hexdigest()[:16]
    # One cache per edition (docs/, docs-zh/): the plugin evicts every entry its build did
    # not use, so a shared folder made each edition evict the other's and both re-executed.
    plugin.config["cache_dir"] = str(CACHE_ROOT / Path(config.docs_dir).name / key)
    return config


def on_files(files, config):
    for file in list(files):
        if is_notebook(file.src_uri):
            notebook = jupytext.read(file.abs_src_path)
            for number, cell in enumerate(notebook.cells):  # jupytext draws random ids: same source, same bytes
                cell.id = f"cell-{number}"
            uri = file.src_uri[: -len(".py")] + ".ipynb"
            files.append(File.generated(config, uri, content=jupytext.writes(notebook, fmt="ipynb")))
    return files


def _round(match: re.Match) -> str:
    text = f"{round(float(match.group(0)), 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


def minify_svg(svg: str) -> str:
    """matplotlib's SVG, smaller and drawn the same at screen resolution (coordinates in pt, to 0.1 pt)."""
    # No prolog, metadata or comments (matplotlib writes each mathtext label's TeX in a comment).
    svg = re.sub(r"<\?xml[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*|<metadata>.*?</metadata>\s*|<!--.*?-->\s*", "", svg,
                 flags=re.DOTALL)

    def attribute(match: re.Match) -> str:
        name, value = match.group(1), match.group(2)
        if name in SVG_GEOMETRY:
            value = re.sub(r"\s+", " ", SVG_NUMBER.sub(_round, value)).strip()
            if name == "d":
                value = re.sub(r" ?([MLHVCSQTAZmlhvcsqtaz]) ?", r"\1", value)
        return f'{name}="{value}"'

    svg = re.sub(r'\b([\w:-]+)="([^"]*)"', attribute, svg)
    svg = re.sub(r">\s+<", "><", svg)
    # Ids: drop the ones nothing refers to, shorten the others.
    referenced = sorted(set(re.findall(r'(?:href="#|url\(#)([\w-]+)', svg)))
    short = {name: f"i{index}" for index, name in enumerate(referenced)}
    svg = re.sub(r'\s+id="([^"]*)"', lambda m: f' id="{short[m.group(1)]}"' if m.group(1) in short else "", svg)
    svg = re.sub(r'(href="#|url\(#)([\w-]+)', lambda m: m.group(1) + short.get(m.group(2), m.group(2)), svg)
    svg = svg.replace("xlink:href=", "href=").replace(' xmlns:xlink="http://www.w3.org/1999/xlink"', "")

    def markers(match: re.Match) -> str:
        """A line's markers, one <use> per point, as one invisible path with an SVG <marker> at each vertex."""
        uses = re.findall(r'<use href="#([\w-]+)" x="([^"]+)" y="([^"]+)"(?: style="([^"]*)")?/>', match.group(2))
        if len(uses) != match.group(2).count("<use ") or len({(u[0], u[3]) for u in uses}) != 1:
            return match.group(0)
        shape, style = uses[0][0], uses[0][3]
        marker = f"k{shape}"
        points = " ".join(f"{x} {y}" for _, x, y, _ in uses)
        refs = "".join(f' marker-{where}="url(#{marker})"' for where in ("start", "mid", "end"))
        style_attribute = f' style="{style}"' if style else ""
        return (f'<marker id="{marker}" markerUnits="userSpaceOnUse" overflow="visible"{style_attribute}>'
                f'<use href="#{shape}"/></marker>'
                f'{match.group(1)}<path d="M{points}" style="fill: none; stroke: none"{refs}/></g>')

    # Only where every <use> shares one shape and style; a marker defined twice is the same marker.
    svg = re.sub(r"(<g\b[^>]*>)((?:<use [^>]*/>){2,})</g>", markers, svg)
    for duplicate in set(re.findall(r'<marker id="([\w-]+)"', svg)):
        first = svg.index(f'<marker id="{duplicate}"')
        head, tail = svg[: first + 1], svg[first + 1:]
        svg = head + re.sub(rf'<marker id="{duplicate}"[^>]*>.*?</marker>', "", tail)
    return svg


def svg_data_uri(svg: str) -> str:
    """A UTF-8 data: URI for an SVG, to sit in a double-quoted attribute."""
    svg = re.sub(r"'([\w ]+)'", r"\1", svg)  # font names need no quotes in CSS; then attributes can take '
    svg = svg.replace('"', "'")
    for char, escaped in (("%", "%25"), ("#", "%23"), ("<", "%3C"), (">", "%3E"), ("&", "%26")):
        svg = svg.replace(char, escaped)
    return "data:image/svg+xml," + svg


def _svg_img(match: re.Match) -> str:
    svg = minify_svg(base64.b64decode(match.group("data")).decode("utf-8"))
    size = re.search(r'<svg\b[^>]*?\bwidth="([\d.]+)pt" height="([\d.]+)pt"', svg)
    dimensions = f' width="{round(float(size.group(1)) * 4 / 3)}" height="{round(float(size.group(2)) * 4 / 3)}"' if size else ""
    return f'<img {match.group("before")}src="{svg_data_uri(svg)}"{dimensions}{match.group("after")}>'


# nbconvert and mkdocs-jupyter's table of contents ignore Python-Markdown's `{#id}`: the
# Chinese notebooks give their headings the English page's anchors that way (editions/).
HEADING_WITH_ID = re.compile(r'<h([1-6]) id="[^"]*">(.*?)[ \t]*\{#([\w-]+)\}(<a class="anchor-link" href=")#[^"]*(")')
ATTR_ID = re.compile(r"^(.*?)[ \t]*\{#([\w-]+)\}[ \t]*$")


def _apply_heading_ids(content: str, page) -> str:
    """Give `## Title {#id}` headings their id, in the HTML, the page's TOC and its title."""
    def fix(items):
        for item in items:
            match = ATTR_ID.match(item.title)
            if match:
                item.title, item.id = match.group(1), match.group(2)
            fix(item.children)

    fix(page.toc.items)
    if page.title and ATTR_ID.match(page.title):
        page.title = ATTR_ID.match(page.title).group(1)
    return HEADING_WITH_ID.sub(lambda m: f'<h{m.group(1)} id="{m.group(3)}">{m.group(2)}{m.group(4)}#{m.group(3)}{m.group(5)}',
                               content)


def _math_to_arithmatex(cell_html: str) -> str:
    cell_html = DISPLAY_MATH.sub(lambda m: f'<div class="arithmatex">\\[{m.group(1)}\\]</div>', cell_html)
    return INLINE_MATH.sub(lambda m: f'<span class="arithmatex">\\({m.group(1)}\\)</span>', cell_html)


@event_priority(100)  # before print-site copies the page into the printable page
def on_page_content(content, page, config, files):
    """`content` is exactly what nbconvert produced for a notebook page: clean it up."""
    global _shared_css
    if not is_notebook(page.file.src_uri):
        return content
    content = MATHJAX_BLOCK.sub("", content)
    content = CDN_SCRIPT.sub("", content)
    content = MATHJAX_CONFIG.sub("", content)
    content = MERMAID_MODULE.sub("", content)
    content = content.replace("<!-- End of mermaid configuration -->", "")
    css = "\n".join(block.group(1).strip() for block in STYLE_BLOCK.finditer(content))
    if _shared_css is None:
        _shared_css = css
    elif css != _shared_css:
        raise PluginError(f"{page.file.src_uri}: mkdocs-jupyter's inline CSS differs between notebook pages")
    content = STYLE_BLOCK.sub("", content)
    # Links between pages are written to the Markdown sources, as on every other page.
    content = MARKDOWN_LINK.sub(lambda m: f'href="{m.group(1)}.html{m.group(2) or ""}"', content)
    # Code cells get the site's own syntax colours (site.css keeps them at AA contrast in both schemes).
    content = content.replace('class="highlight-ipynb', 'class="highlight')
    # Long code lines scroll sideways; keyboard users must be able to focus the block (axe).
    content = re.sub(r'(<div class="highlight hl-\w+"><pre)>', r'\1 tabindex="0">', content)
    content = SVG_IMG.sub(_svg_img, content)
    content = _apply_heading_ids(content, page)
    return MARKDOWN_CELL.sub(lambda m: m.group(1) + _math_to_arithmatex(m.group(2)) + m.group(3), content)


def _split_selectors(prelude: str) -> list[str]:
    """'a, b:not(c, d)' -> ['a', 'b:not(c, d)']: commas inside parentheses do not split."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(prelude):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(prelude[start:index].strip())
            start = index + 1
    parts.append(prelude[start:].strip())
    return [part for part in parts if part]


class _Documents:
    """Pages parsed once, with the class names, ids and tags they contain (a quick first test)."""

    def __init__(self, pages: list[str]):
        from bs4 import BeautifulSoup

        self.soups = [BeautifulSoup(page, "html.parser") for page in pages]
        self.names = {"." + c for page in pages for value in re.findall(r'class="([^"]*)"', page) for c in value.split()}
        self.names |= {"#" + i for page in pages for i in re.findall(r'\bid="([^"]*)"', page)}
        self.names |= {tag.name for soup in self.soups for tag in soup.find_all(True)}

    def match(self, selector: str) -> bool:
        import soupsieve

        static = RUNTIME_ATTRIBUTE.sub("", DYNAMIC_PSEUDO.sub("", selector)).strip()
        # Every class, id and tag the selector requires (outside :not(...)) must occur somewhere.
        required = re.findall(r"[.#][\w-]+|(?<![\w.#-])[A-Za-z][\w-]*", re.sub(r":not\([^()]*\)|\[[^\]]*\]|:[\w-]+", "", static))
        if any(name.lower() not in self.names and name not in self.names for name in required):
            return False
        for attempt in (static, re.sub(r":[\w-]+(?!\()", "", static)):  # then without pseudo-classes soupsieve lacks
            attempt = re.sub(r"(^|[\s>+~(,])(?=[\s>+~),]|$)", r"\1*", attempt.strip())  # `a > ::before` -> `a > *`
            try:
                return any(soupsieve.select_one(attempt, soup) is not None for soup in self.soups)
            except Exception:  # noqa: S112 - try the simpler form
                continue
        return True  # a selector soupsieve cannot read at all: keep its rule


def trim_css(css: str, pages: list[str]) -> str:
    """Keep the rules of `css` that match an element of one of `pages` (HTML), and the custom
    properties, keyframes and at-rules those rules need; drop comments and the rest."""
    import tinycss2

    documents = _Documents(pages)
    matched: dict[str, bool] = {}

    def rules_of(nodes):
        kept = []  # (selectors or at-rule prelude, declarations or nested rules, at-keyword)
        for node in nodes:
            if node.type == "qualified-rule":
                selectors = [s for s in _split_selectors(tinycss2.serialize(node.prelude))
                             if matched.setdefault(s, documents.match(s))]
                if selectors:
                    declarations = [d for d in tinycss2.parse_blocks_contents(node.content, skip_whitespace=True,
                                                                                skip_comments=True)
                                    if d.type == "declaration"]
                    kept.append((", ".join(selectors), declarations, None))
            elif node.type == "at-rule" and node.content is not None:
                keyword = node.lower_at_keyword
                if keyword.endswith("keyframes") or keyword == "font-face":
                    kept.append((tinycss2.serialize(node.prelude).strip(), node.content, keyword))
                else:  # @media, @supports...: keep what matches inside
                    inner = rules_of(tinycss2.parse_rule_list(node.content, skip_whitespace=True, skip_comments=True))
                    if inner:
                        kept.append((tinycss2.serialize(node.prelude).strip(), inner, keyword))
        return kept

    kept = rules_of(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True))

    def declarations_of(rules):
        for prelude, body, keyword in rules:
            if keyword is None:
                yield from body
            elif not (keyword.endswith("keyframes") or keyword == "font-face"):
                yield from declarations_of(body)

    def value(declaration) -> str:
        return tinycss2.serialize(declaration.value).strip() + (" !important" if declaration.important else "")

    # Custom properties: the ones used by plain declarations or by the pages, then what those use.
    definitions: dict[str, list[str]] = {}
    used: set[str] = set()
    for declaration in declarations_of(kept):
        names = set(CUSTOM_PROPERTY_USE.findall(value(declaration)))
        if declaration.name.startswith("--"):
            definitions.setdefault(declaration.name, []).extend(names)
        else:
            used |= names
    used |= {name for page in pages for name in CUSTOM_PROPERTY_USE.findall(page)}
    pending = list(used)
    while pending:
        for name in definitions.get(pending.pop(), []):
            if name not in used:
                used.add(name)
                pending.append(name)
    animations = " ".join(value(d) for d in declarations_of(kept) if d.name.startswith(("animation", "-webkit-animation")))

    def write(rules) -> list[str]:
        out = []
        for prelude, body, keyword in rules:
            if keyword is None:
                declarations = [f"{d.name}:{value(d)}" for d in body if not d.name.startswith("--") or d.name in used]
                if declarations:
                    out.append(f"{prelude}{{{';'.join(declarations)}}}")
            elif keyword.endswith("keyframes"):
                if re.search(rf"(?<![\w-]){re.escape(prelude)}(?![\w-])", animations):
                    out.append(f"@{keyword} {prelude}{{{tinycss2.serialize(body).strip()}}}")
            elif keyword == "font-face":
                out.append(f"@font-face{{{tinycss2.serialize(body).strip()}}}")
            else:
                inner = write(body)
                if inner:
                    out.append(f"@{keyword} {prelude}{{\n" + "\n".join(inner) + "\n}")
        return out

    return "\n".join(write(kept)) + "\n"


def trimmed_css(css: str, pages: list[str], edition: str) -> str:
    """trim_css, cached on its inputs under .cache/notebook-css/<edition>/ (about 5 s an edition);
    a miss replaces the edition's older entry."""
    digest = hashlib.sha256(Path(__file__).read_bytes() + css.encode())
    for page in pages:
        digest.update(b"\0" + page.encode())
    folder = CSS_CACHE / edition
    cached = folder / f"{digest.hexdigest()[:16]}.css"
    if cached.is_file():
        return cached.read_text(encoding="utf-8")
    trimmed = trim_css(css, pages)
    if folder.is_dir():
        for stale in folder.glob("*.css"):
            stale.unlink(missing_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    partial = cached.with_name(f"{cached.name}.{os.getpid()}.part")  # another build may read it
    partial.write_text(trimmed, encoding="utf-8")
    partial.replace(cached)
    return trimmed


def _link_shared_css(output: str, dest_uri: str) -> str:
    if '<div class="jupyter-wrapper">' not in output or SHARED_CSS in output:
        return output
    href = posixpath.relpath(SHARED_CSS, posixpath.dirname(dest_uri) or ".")
    return output.replace("</head>", f'<link rel="stylesheet" href="{html.escape(href)}">\n</head>', 1)


def on_post_page(output, page, config):
    """Link the shared notebook stylesheet from every page that shows a notebook."""
    if is_notebook(page.file.src_uri):
        _notebook_pages.append(output)
    return _link_shared_css(output, page.file.dest_uri)


def on_post_build(config):
    global _shared_css
    site = Path(config.site_dir)
    if _shared_css is not None:
        (site / SHARED_CSS).parent.mkdir(parents=True, exist_ok=True)
        (site / SHARED_CSS).write_text(trimmed_css(_shared_css, _notebook_pages, Path(config.docs_dir).name), encoding="utf-8")
        # Pages written after on_post_page (print-site's print_page.html) need the link too.
        for path in site.glob("*.html"):
            text = path.read_text(encoding="utf-8")
            linked = _link_shared_css(text, path.relative_to(site).as_posix())
            if linked != text:
                path.write_text(linked, encoding="utf-8")
    _shared_css = None  # `mkdocs serve` rebuilds in the same process
    _notebook_pages.clear()
    # The plugin evicts stale entries inside the current cache dir; drop the dirs of older
    # requirements (or Python versions) too, so the cache does not grow with every upgrade.
    current = Path(config.plugins["mkdocs-jupyter"].config["cache_dir"])
    if current.parent.parent == CACHE_ROOT and current.parent.is_dir():
        # (and the key folders of the layout before one cache per edition)
        for stale in [*current.parent.iterdir(), *CACHE_ROOT.glob("[0-9a-f]" * 16)]:
            if stale.is_dir() and stale != current:
                shutil.rmtree(stale, ignore_errors=True)
