"""MkDocs hook: draw the site's figures from code at build time.

Each module under hooks/figures/<chapter>/<name>.py defines `draw()` returning a
matplotlib Figure; it is saved as figures/<chapter>/<name>.svg in the built site
(never in docs/). The SVG bytes are deterministic: fixed hash salt, no date, and
text kept as text so it uses the page's fonts.

Drawing takes about 20 s, so the SVGs are cached under .cache/figures/, keyed on
everything a figure can read (figure code, snippets, widget code, requirements, Python);
the Chinese edition's build (hooks/editions.py) reuses the English build's drawings.

Every `<img>` of a figure gets the figure's width and height, so the browser reserves
its box before the SVG arrives and the text below does not jump (layout shift 0).
"""

import hashlib
import importlib.util
import io
import os
import re
import shutil
import sys
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIGURE_SOURCES = ROOT / "hooks" / "figures"
CACHE_ROOT = ROOT / ".cache" / "figures"
# What a figure may read: its own code, snippets (via runpy), the widgets' arithmetic.
INPUTS = [FIGURE_SOURCES, ROOT / "snippets", ROOT / "docs" / "assets" / "widgets",
          Path(__file__).resolve(), ROOT / "requirements.txt"]

STYLE = {
    "svg.hashsalt": "pytorch-training-math",  # stable ids inside the SVG
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "figure.facecolor": "none",  # transparent: the page's light or dark background shows through
    "axes.facecolor": "none",
    "savefig.transparent": True,
}

SVG_SIZE = re.compile(rb'<svg\b[^>]*?\bwidth="([\d.]+)pt" height="([\d.]+)pt"')
FIGURE_IMG = re.compile(r'<img\b(?![^>]*\bwidth=)[^>]*\bsrc="(?:[^"]*/)?figures/([\w-]+/[\w-]+)\.svg"[^>]*?(?=\s*/?>)')

_sizes: dict[str, tuple[int, int]] = {}  # "chapter/name" -> (width, height) in CSS pixels


def render(module_path: Path) -> bytes:
    spec = importlib.util.spec_from_file_location(f"figure_{module_path.stem}", module_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # A warning while drawing (a deprecation, a missing glyph) fails the build, naming the figure.
    with plt.rc_context(STYLE), warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = module.draw()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
        plt.close(figure)
    return buffer.getvalue()


def size_of(svg: bytes) -> tuple[int, int]:
    """matplotlib's SVG size in points, as CSS pixels (96 per inch, 72 points per inch)."""
    match = SVG_SIZE.search(svg[:2000])
    if match is None:
        raise ValueError("no width/height in pt on the <svg> element")
    return round(float(match.group(1)) * 4 / 3), round(float(match.group(2)) * 4 / 3)


def inputs_key() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for root in INPUTS:
        for path in sorted([root] if root.is_file() else root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def cached_figures() -> Path:
    """This key's cache folder; the folders of older keys are dropped."""
    folder = CACHE_ROOT / inputs_key()
    if CACHE_ROOT.is_dir():
        for stale in CACHE_ROOT.iterdir():
            if stale != folder:
                shutil.rmtree(stale, ignore_errors=True)
    return folder


def on_files(files, config):
    _sizes.clear()
    cache = cached_figures()
    for module_path in sorted(FIGURE_SOURCES.glob("*/*.py")):
        uri = f"figures/{module_path.parent.name}/{module_path.stem}.svg"
        cached = cache / module_path.parent.name / f"{module_path.stem}.svg"
        if cached.is_file():
            svg = cached.read_bytes()
        else:
            svg = render(module_path)
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_name(f"{cached.name}.{os.getpid()}.part")  # another build may read it
            partial.write_bytes(svg)
            partial.replace(cached)
        _sizes[f"{module_path.parent.name}/{module_path.stem}"] = size_of(svg)
        files.append(File.generated(config, uri, content=svg))
    return files


def add_sizes(content: str) -> str:
    """Give each figure's <img> its width and height (site.css scales it down to the column)."""

    def sized(match: re.Match) -> str:
        size = _sizes.get(match.group(1))
        return match.group(0) if size is None else f'{match.group(0)} width="{size[0]}" height="{size[1]}"'

    return FIGURE_IMG.sub(sized, content)


@event_priority(100)  # before print-site copies the page into the printable page
def on_page_content(content, page, config, files):
    return add_sizes(content)
