"""MkDocs hook: make mkdocs-jupyter's notebook pages fit an offline site.

Notebook pages are jupytext percent-format sources named docs/**/*_notebook.py,
executed at build time by mkdocs-jupyter (configured in mkdocs.yml). This hook:

- keys mkdocs-jupyter's cache on requirements.txt and the Python version, since the
  plugin's own key ignores them (outputs must change when torch does), and drops the
  cache of older keys;
- serves each notebook as a downloadable .ipynb next to its page;
- removes the MathJax and mermaid loaders mkdocs-jupyter injects (CDN URLs, or an
  empty `<script src="">` when no MathJax URL is configured) and moves its
  ~590 KB of inline CSS, identical on every notebook page, into one shared file;
- gives code cells the site's own highlighting classes instead of nbconvert's;
- points links to other pages (written as .md, as everywhere) at their .html;
- turns the notebooks' $...$ and $$...$$ into the same arithmatex markup the
  Markdown pages use, so hooks/render_math.py renders them at build time too.
"""

from __future__ import annotations

import hashlib
import html
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


def is_notebook(path: str | None) -> bool:
    return bool(path) and path.endswith(NOTEBOOK_SUFFIX)


def on_config(config):
    plugin = config.plugins.get("mkdocs-jupyter")
    if plugin is None:
        raise PluginError("hooks/notebooks.py expects the mkdocs-jupyter plugin in mkdocs.yml")
    key = hashlib.sha256(
        (ROOT / "requirements.txt").read_bytes() + platform.python_version().encode()
    ).hexdigest()[:16]
    plugin.config["cache_dir"] = str(CACHE_ROOT / key)
    return config


def on_files(files, config):
    for file in list(files):
        if is_notebook(file.src_uri):
            notebook = jupytext.read(file.abs_src_path)
            uri = file.src_uri[: -len(".py")] + ".ipynb"
            files.append(File.generated(config, uri, content=jupytext.writes(notebook, fmt="ipynb")))
    return files


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
    return MARKDOWN_CELL.sub(lambda m: m.group(1) + _math_to_arithmatex(m.group(2)) + m.group(3), content)


def _link_shared_css(output: str, dest_uri: str) -> str:
    if '<div class="jupyter-wrapper">' not in output or SHARED_CSS in output:
        return output
    href = posixpath.relpath(SHARED_CSS, posixpath.dirname(dest_uri) or ".")
    return output.replace("</head>", f'<link rel="stylesheet" href="{html.escape(href)}">\n</head>', 1)


def on_post_page(output, page, config):
    """Link the shared notebook stylesheet from every page that shows a notebook."""
    return _link_shared_css(output, page.file.dest_uri)


def on_post_build(config):
    global _shared_css
    site = Path(config.site_dir)
    if _shared_css is not None:
        (site / SHARED_CSS).parent.mkdir(parents=True, exist_ok=True)
        (site / SHARED_CSS).write_text(_shared_css, encoding="utf-8")
        # Pages written after on_post_page (print-site's print_page.html) need the link too.
        for path in site.glob("*.html"):
            text = path.read_text(encoding="utf-8")
            linked = _link_shared_css(text, path.relative_to(site).as_posix())
            if linked != text:
                path.write_text(linked, encoding="utf-8")
    _shared_css = None  # `mkdocs serve` rebuilds in the same process
    # The plugin evicts stale entries inside the current cache dir; drop the dirs of older
    # requirements (or Python versions) too, so the cache does not grow with every upgrade.
    current = Path(config.plugins["mkdocs-jupyter"].config["cache_dir"])
    if current.parent == CACHE_ROOT and CACHE_ROOT.is_dir():
        for stale in CACHE_ROOT.iterdir():
            if stale.is_dir() and stale != current:
                shutil.rmtree(stale, ignore_errors=True)
