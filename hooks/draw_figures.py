"""MkDocs hook: draw the site's figures from code at build time.

Each module under hooks/figures/<chapter>/<name>.py defines `draw()` returning a
matplotlib Figure; it is saved as figures/<chapter>/<name>.svg in the built site
(never in docs/). The SVG bytes are deterministic: fixed hash salt, no date, and
text kept as text so it uses the page's fonts.

Every `<img>` of a figure gets the figure's width and height, so the browser reserves
its box before the SVG arrives and the text below does not jump (layout shift 0).
"""

import importlib.util
import io
import re
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

FIGURE_SOURCES = Path(__file__).resolve().parent / "figures"

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


def on_files(files, config):
    _sizes.clear()
    for module_path in sorted(FIGURE_SOURCES.glob("*/*.py")):
        uri = f"figures/{module_path.parent.name}/{module_path.stem}.svg"
        svg = render(module_path)
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
