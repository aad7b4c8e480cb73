"""The figures' SVGs are optimized by svgo (hooks/svgo_optimize.cjs) and keep what the site needs.

The unit tests draw a small figure with the site's style (labels, mathtext tick labels,
markers, a translucent fill, a legend, clipping) and optimize it as a build does, in
about a second; the last test reads every figure of the built site.
"""

import html
import io
import re
from pathlib import Path

import pytest
from matplotlib.colors import to_hex
from mkdocs.exceptions import PluginError

from hooks.draw_figures import INPUTS, OPTIMIZER, ROOT, STYLE, optimize, size_of

PATH_DECIMALS = 2  # hooks/svgo_optimize.cjs: PATH_PRECISION
NUMBER_DECIMALS = 3  # NUMBER_PRECISION: text and marker positions, transforms
UNOPTIMIZED = ["<?xml", "<!DOCTYPE", "<metadata", "<!--", "xlink:", "\n"]


def drawn_like_the_site() -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    with plt.rc_context(STYLE):
        figure, (left, right) = plt.subplots(1, 2, figsize=(6.3, 2.85))
        x = np.linspace(-3, 3, 241)
        left.fill_between(x, np.exp(-x**2), color="#9e9e9e", alpha=0.5, label="p")
        left.plot(x, np.tanh(x), color="#3f51b5", linestyle="--", label="tanh‖x‖")
        left.plot(x[::20], np.tanh(x[::20]), "o", color="#e67e22", markersize=3)
        left.set(xlim=(-2, 2), xlabel="u", ylabel="density", title="KL(p‖q)")
        left.legend(frameon=False, fontsize=8)
        right.semilogy(np.arange(1, 11), 10.0 ** -np.arange(1, 11), marker="s", color="#2ca02c")
        right.annotate("step 10", (10, 1e-10), xytext=(4, 1e-8), arrowprops={"arrowstyle": "->"},
                       bbox={"boxstyle": "round", "fc": "none"})
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
        plt.close(figure)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def drawn() -> tuple[bytes, bytes]:
    raw = drawn_like_the_site()
    return raw, optimize({"test/figure": raw})["test/figure"]


def root_tag(svg: str) -> str:
    return re.search(r"<svg\b[^>]*>", svg).group(0)


def attribute(tag: str, name: str) -> str | None:
    match = re.search(rf'(?<![\w-]){name}="([^"]*)"', tag)
    return match.group(1) if match else None


def too_precise(svg: str) -> list[str]:
    """Attribute values with more decimals than the optimizer keeps (embedded images aside)."""
    found = []
    for name, value in re.findall(r'\s([\w:-]+)="([^"]*)"', svg):
        if value.startswith("data:"):
            continue
        decimals = PATH_DECIMALS if name == "d" else NUMBER_DECIMALS
        found += [f'{name}="…{m.group(0)}…"' for m in re.finditer(rf"\d\.\d{{{decimals + 1},}}", value)]
    return found


def texts(svg: str) -> list[str]:
    """Every label's characters, in order (matplotlib's mathtext draws one tspan a glyph)."""
    return [html.unescape(t) for t in re.findall(r"<(?:text|tspan)\b[^>]*>([^<]*)", svg) if t.strip()]


def colours(svg: str) -> set[str]:
    named = re.findall(r"(?:fill|stroke|stop-color|color)[:=]\"?\s*(#[0-9a-fA-F]{3,6}\b|[a-z]+)", svg)
    return {to_hex(c) for c in named if c not in {"none", "url", "currentcolor", "inherit"}}


def opacities(svg: str) -> set[float]:
    return {float(v) for v in re.findall(r"opacity[:=]\"?\s*([\d.]+)", svg)}


def test_optimized_svg_has_no_prolog_metadata_comments_or_long_numbers(drawn):
    raw, svg = (s.decode() for s in drawn)
    assert all(marker in raw for marker in ["<!DOCTYPE", "<metadata", "<!--"]), "the figure no longer tests anything"
    assert not [marker for marker in UNOPTIMIZED if marker in svg], "svgo left matplotlib's verbosity"
    assert not too_precise(svg), too_precise(svg)[:5]
    assert len(svg) < len(raw) / 2, f"{len(raw)} -> {len(svg)} bytes"


def test_optimized_svg_keeps_size_text_fonts_colours_and_transparency(drawn):
    raw, svg = (s.decode() for s in drawn)
    for name in ["width", "height", "viewBox"]:
        assert attribute(root_tag(svg), name) == attribute(root_tag(raw), name), name
    assert size_of(drawn[1]) == size_of(drawn[0]) == (round(6.3 * 96), round(2.85 * 96))
    assert texts(svg) == texts(raw)
    assert "<tspan" in svg and "KL(p‖q)" in texts(svg)
    # The font list is said once, on <svg>; mathtext's tspans keep their own family.
    font_list = re.search(r"font-family: ('DejaVu Sans', [^;\"]*)", raw).group(1)
    assert attribute(root_tag(svg), "font-family") == font_list
    assert svg.count("Bitstream Vera Sans") == 1
    assert re.search(r"<tspan\b[^>]*font-family:\s*(&quot;|')DejaVu Sans\1[;\"]", svg)
    assert colours(svg) == colours(raw) and "#3f51b5" in colours(svg)
    assert opacities(svg) == opacities(raw) and 0.5 in opacities(svg)
    assert "<rect" not in svg and "#ffffff" not in colours(svg), "a figure is transparent: no background"
    # Clipping still points at its clip path, markers at their shape.
    for reference in re.findall(r'(?:url\(#|href="#)([\w-]+)', svg):
        assert f'id="{reference}"' in svg, reference


def test_optimizing_is_deterministic(drawn):
    assert optimize({"test/figure": drawn[0]})["test/figure"] == drawn[1]


def test_a_figure_svgo_cannot_read_fails_the_build_naming_it():
    with pytest.raises(PluginError, match="chapter/broken"):
        optimize({"chapter/fine": b'<svg xmlns="http://www.w3.org/2000/svg" width="1pt" height="1pt"/>',
                  "chapter/broken": b"<svg><g></svg>"})


def test_a_changed_optimizer_or_svgo_draws_the_figures_again():
    assert OPTIMIZER in INPUTS and OPTIMIZER.is_file()
    assert ROOT / "node_modules" / "svgo" / "package.json" in INPUTS


def test_size_of_reads_the_svg_element_in_any_attribute_order():
    assert size_of(b'<svg xmlns="http://www.w3.org/2000/svg" height="216pt" font-family="x" width="432pt">') == (576, 288)
    assert size_of(b'<svg stroke-width="3pt" width="504pt" height="259.2pt">') == (672, 346)
    with pytest.raises(ValueError):
        size_of(b'<svg width="504" height="259.2">')


def test_built_figures_are_optimized_and_their_imgs_sized_from_them(built_site):
    figures = sorted(built_site.glob("figures/*/*.svg")) + sorted(built_site.glob("zh/figures/*/*.svg"))
    assert len(figures) == 2 * len(list((ROOT / "hooks" / "figures").glob("*/*.py")))
    sizes = {}
    for figure in figures:
        svg = figure.read_text(encoding="utf-8")
        name = figure.relative_to(built_site).as_posix()
        assert not [marker for marker in UNOPTIMIZED if marker in svg], f"{name}: not optimized"
        assert not too_precise(svg), f"{name}: {too_precise(svg)[:3]}"
        sizes[figure.resolve()] = size_of(figure.read_bytes())
    checked = 0
    for page in sorted(built_site.rglob("*.html")):
        for img in re.findall(r"<img\b[^>]*>", page.read_text(encoding="utf-8")):
            src = attribute(img, "src")
            if src is None or not re.search(r"(?:^|/)figures/[\w-]+/[\w-]+\.svg$", src):
                continue
            target = (page.parent / src).resolve()
            assert target in sizes, f"{page.relative_to(built_site)}: {src} is not a built figure"
            size = (int(attribute(img, "width")), int(attribute(img, "height")))
            assert size == sizes[target], f"{page.relative_to(built_site)}: {src} is {size}, the SVG {sizes[target]}"
            checked += 1
    assert checked >= len(figures), f"only {checked} figure <img>s found"
