"""Notebook pages: executed at build time, a failing cell fails the build, downloadable as .ipynb."""

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "docs").rglob("*_notebook.py"))


def notebook_pages():
    return [p.relative_to(ROOT / "docs").with_suffix("").as_posix() for p in NOTEBOOKS]


@pytest.mark.parametrize("page", notebook_pages())
def test_notebook_page_is_executed_and_downloadable(built_site, page):
    html = (built_site / f"{page}.html").read_text(encoding="utf-8")
    assert "jp-OutputArea-output" in html, f"{page}: no cell output: was the notebook executed?"
    assert "<style" not in html.split('<div class="jupyter-wrapper">', 1)[1], "inline CSS left in the notebook"
    # mkdocs-jupyter's MathJax and mermaid loaders: gone, including MathJax's empty <script src="">.
    for leftover in ['src=""', "text/x-mathjax-config", "mermaid", "cdnjs"]:
        assert leftover not in html, f"{page}: mkdocs-jupyter's {leftover!r} left in the page"
    without_images = re.sub(r'src="data:image/[^"]*"', "", html)  # plots are inlined as data: URIs
    assert len(without_images) < 150_000, f"{page}.html: {len(without_images)} bytes besides images: CSS back inline?"
    name = Path(page).name
    assert f'href="{name}.ipynb"' in html, f"{page}: no download link to {name}.ipynb"
    notebook = json.loads((built_site / f"{page}.ipynb").read_text(encoding="utf-8"))
    assert notebook["nbformat"] == 4 and any(c["cell_type"] == "code" for c in notebook["cells"])


def test_notebook_sources_run_as_plain_python():
    """The .py source is a real program too: readers can run it without Jupyter."""
    assert NOTEBOOKS, "no docs/**/*_notebook.py found"
    for source in NOTEBOOKS:
        result = subprocess.run([sys.executable, str(source)], cwd=ROOT, capture_output=True, text=True,
                                env={**os.environ, "MPLBACKEND": "Agg"})
        assert result.returncode == 0, f"{source.relative_to(ROOT)}:\n{result.stderr[-3000:]}"


def test_a_failing_cell_fails_the_build(tmp_path):
    """allow_errors is false: the build stops and names the error instead of rendering it silently."""
    for name in ["mkdocs.yml", "mkdocs.zh.yml", "requirements.txt", "hooks", "overrides"]:
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    shutil.copytree(ROOT / "snippets", tmp_path / "snippets")  # figures rerun the snippets they plot
    shutil.copytree(ROOT / "docs" / "assets", tmp_path / "docs" / "assets")
    (tmp_path / "docs-zh").mkdir()  # mkdocs.yml watches it; the build fails before the Chinese edition
    (tmp_path / "docs" / "index.md").write_text("# Home\n")
    (tmp_path / "docs" / "broken_notebook.py").write_text(textwrap.dedent("""\
        # %% [markdown]
        # # Broken

        # %%
        raise ValueError("this cell fails on purpose")
        """))
    config = (tmp_path / "mkdocs.yml").read_text()
    config = re.sub(r"\nnav:\n.*", "\nnav:\n  - Home: index.md\n  - Broken: broken_notebook.py\n", config, flags=re.DOTALL)
    (tmp_path / "mkdocs.yml").write_text(config)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode != 0, "the build succeeded although a notebook cell raised"
    assert "this cell fails on purpose" in result.stdout + result.stderr


@pytest.mark.parametrize("page", notebook_pages())
def test_notebook_plots_are_small_transparent_svgs(built_site, page):
    """Plots follow the colour scheme (transparent SVG, flipped by site.css in dark mode), not white PNGs."""
    html = (built_site / f"{page}.html").read_text(encoding="utf-8")
    assert "data:image/png" not in html, f"{page}: a plot is still a PNG"
    plots = re.findall(r'<img [^>]*src="data:image/svg\+xml,([^"]*)"[^>]*>', html)
    assert plots, f"{page}: no SVG plot found"
    for plot in re.findall(r'<img [^>]*src="data:image/svg\+xml,[^"]*"[^>]*>', html):
        assert re.search(r'width="\d+" height="\d+"', plot), f"{page}: a plot without width/height (layout shift)"
    for svg in plots:
        assert "%3Cmetadata" not in svg and "base64" not in svg, f"{page}: plot not minified"
        assert "%23ffffff" not in svg, f"{page}: a plot with a white background (or white legend)"


def test_shared_notebook_css_is_trimmed_to_the_rules_notebook_pages_use(built_site):
    css = (built_site / "assets" / "notebook.css").read_text(encoding="utf-8")
    assert len(css) < 40_000, f"assets/notebook.css is {len(css)} bytes: no longer trimmed?"
    for needed in [".jp-OutputArea-output", ".jp-InputArea", "[data-md-color-scheme=slate] .highlight pre"]:
        assert needed in css, f"assets/notebook.css lost {needed!r}"


def test_trim_css_keeps_matching_rules_and_the_custom_properties_they_use():
    from hooks.notebooks import trim_css

    css = """
    :root { --used: 1px; --chained: var(--used); --unused: red; }
    .a .b:hover::before { margin: var(--chained); animation: spin 1s; }
    .absent { color: red; }
    [data-md-color-scheme=slate] .a { color: white; }
    @media print { .b { color: black; } .absent { color: red; } }
    @keyframes spin { to { transform: rotate(1turn); } }
    @keyframes unused { to { opacity: 0; } }
    """
    page = '<html><body data-md-color-scheme="default"><div class="a"><p class="b">x</p></div></body></html>'
    trimmed = trim_css(css, [page])
    assert ".a .b:hover::before" in trimmed and "[data-md-color-scheme=slate] .a" in trimmed
    assert ".absent" not in trimmed and "@keyframes unused" not in trimmed and "--unused" not in trimmed
    assert "--used:1px" in trimmed and "--chained:var(--used)" in trimmed and "@keyframes spin" in trimmed
    assert "@media print{\n.b{color:black}\n}" in trimmed


def test_minify_svg_draws_a_lines_markers_with_one_path():
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from hooks.notebooks import minify_svg

    figure, axes = plt.subplots(figsize=(3, 2))
    axes.plot(range(200), [i % 7 for i in range(200)], marker=".", label="points")
    axes.set_yscale("log")  # mathtext tick labels: matplotlib writes their TeX in comments
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg")
    plt.close(figure)
    original = buffer.getvalue()
    svg = minify_svg(original)
    assert svg.count("<use") <= original.count("<use") - 200, "markers still drawn one <use> each"
    assert 'marker-mid="url(#' in svg and "<!--" not in svg and "<metadata" not in svg
    assert not re.search(r'\b(?:d|x|y)="[^"]*\d\.\d\d', svg), "coordinates not rounded to 0.1 pt"
    assert len(svg) < len(original) / 2
