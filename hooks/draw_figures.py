"""MkDocs hook: draw the site's figures from code at build time.

Each module under hooks/figures/<chapter>/<name>.py defines `draw()` returning a
matplotlib Figure; it is saved as figures/<chapter>/<name>.svg in the built site
(never in docs/). The SVG bytes are deterministic: fixed hash salt, no date, and
text kept as text so it uses the page's fonts.

matplotlib's SVG is verbose (six decimals a coordinate, one a line, a DOCTYPE, RDF
metadata, the font list on every label): the pinned svgo (hooks/svgo_optimize.cjs, one
node process for all the figures drawn) makes it about a third of the size, drawn the same.

Drawing takes about 20 s, so the optimized SVGs are cached under .cache/figures/, keyed on
everything a figure can read (figure code, snippets, widget code, requirements, Python)
and on the optimizer (its script and svgo's version); the Chinese edition's build
(hooks/editions.py) reuses the English build's drawings.

Every `<img>` of a figure gets the figure's width and height, so the browser reserves
its box before the SVG arrives and the text below does not jump (layout shift 0).
"""

import hashlib
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIGURE_SOURCES = ROOT / "hooks" / "figures"
CACHE_ROOT = ROOT / ".cache" / "figures"
OPTIMIZER = Path(__file__).resolve().parent / "svgo_optimize.cjs"
# What a figure may read: its own code, snippets (via runpy), the widgets' arithmetic;
# and what optimizes it: the script (svgo's settings) and svgo's version.
INPUTS = [FIGURE_SOURCES, ROOT / "snippets", ROOT / "docs" / "assets" / "widgets",
          Path(__file__).resolve(), ROOT / "requirements.txt",
          OPTIMIZER, ROOT / "node_modules" / "svgo" / "package.json"]

STYLE = {
    "svg.hashsalt": "pytorch-training-math",  # stable ids inside the SVG
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "figure.facecolor": "none",  # transparent: the page's light or dark background shows through
    "axes.facecolor": "none",
    "savefig.transparent": True,
}

SVG_TAG = re.compile(rb"<svg\b[^>]*>")
SVG_LENGTH = {name: re.compile(rb'(?<![\w-])' + name + rb'="([\d.]+)pt"') for name in (b"width", b"height")}
FIGURE_IMG = re.compile(r'<img\b(?![^>]*\bwidth=)[^>]*\bsrc="(?:[^"]*/)?figures/([\w-]+/[\w-]+)\.svg"[^>]*?(?=\s*/?>)')

_sizes: dict[str, tuple[int, int]] = {}  # "chapter/name" -> (width, height) in CSS pixels


def draw(module_path: Path) -> bytes:
    """matplotlib's SVG of one figure, as it saves it."""
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


def optimize(svgs: dict[str, bytes]) -> dict[str, bytes]:
    """{figure: matplotlib's SVG} -> {figure: svgo's}, in one node process for them all.

    Fails the build naming the figures when node or svgo fails, or when an SVG's size changed.
    """
    if not svgs:
        return {}
    names = list(svgs)
    try:
        result = subprocess.run(["node", str(OPTIMIZER)], input=json.dumps([svgs[name].decode() for name in names]),
                                capture_output=True, text=True, encoding="utf-8", cwd=ROOT, check=True)
        optimized = json.loads(result.stdout)
    except (OSError, subprocess.CalledProcessError, ValueError) as error:
        stderr = getattr(error, "stderr", "") or ""
        raise PluginError(f"could not optimize the figures {', '.join(names)} with svgo in node "
                          f"(is `npm ci` done?): {error}\n{stderr}") from error
    failures = [f"{name}: {result['error']}" for name, result in zip(names, optimized) if "error" in result]
    if failures:
        raise PluginError("figures that svgo cannot optimize:\n" + "\n".join(failures))
    out = {name: result["svg"].encode() for name, result in zip(names, optimized)}
    for name in names:
        try:
            changed = size_of(out[name]) != size_of(svgs[name])
        except ValueError as error:
            raise PluginError(f"figure {name}: {error}") from error
        if changed:
            raise PluginError(f"figure {name}: svgo changed its size {size_of(svgs[name])} to {size_of(out[name])}")
    return out


def figure_name(module_path: Path) -> str:
    """hooks/figures/losses/huber.py -> "losses/huber", served as figures/losses/huber.svg."""
    return f"{module_path.parent.name}/{module_path.stem}"


def render(module_paths: list[Path]) -> dict[str, bytes]:
    """{figure: its SVG as the site serves it}: drawn, then optimized in one node process."""
    return optimize({figure_name(path): draw(path) for path in module_paths})


def size_of(svg: bytes) -> tuple[int, int]:
    """The SVG's width and height in points (on its <svg> element), as CSS pixels (96 per inch, 72 points per inch)."""
    tag = SVG_TAG.search(svg[:4000])
    lengths = [SVG_LENGTH[name].search(tag.group(0)) if tag else None for name in (b"width", b"height")]
    if None in lengths:
        raise ValueError("no width/height in pt on the <svg> element")
    return round(float(lengths[0].group(1)) * 4 / 3), round(float(lengths[1].group(1)) * 4 / 3)


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
    figures = {figure_name(path): path for path in sorted(FIGURE_SOURCES.glob("*/*.py"))}
    missing = {name: draw(path) for name, path in figures.items() if not (cache / f"{name}.svg").is_file()}
    drawn = optimize(missing)
    for name, svg in drawn.items():
        cached = cache / f"{name}.svg"
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.part")  # another build may read it
        partial.write_bytes(svg)
        partial.replace(cached)
    for name in figures:
        svg = drawn[name] if name in drawn else (cache / f"{name}.svg").read_bytes()
        _sizes[name] = size_of(svg)
        files.append(File.generated(config, f"figures/{name}.svg", content=svg))
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
