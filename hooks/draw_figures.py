"""MkDocs hook: draw the site's figures from code at build time.

Each module under hooks/figures/<chapter>/<name>.py defines `draw()` returning a
matplotlib Figure; it is saved as figures/<chapter>/<name>.svg in the built site
(never in docs/). The SVG bytes are deterministic: fixed hash salt, no date, and
text kept as text so it uses the page's fonts.
"""

import importlib.util
import io
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
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


def on_files(files, config):
    for module_path in sorted(FIGURE_SOURCES.glob("*/*.py")):
        uri = f"figures/{module_path.parent.name}/{module_path.stem}.svg"
        files.append(File.generated(config, uri, content=render(module_path)))
    return files
