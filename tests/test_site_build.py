"""The built site: strict build, formulas rendered at build time, no request to another host."""

import html
import json
import re
from pathlib import Path

import pytest

from tests.external_refs import scan_site

ROOT = Path(__file__).resolve().parent.parent
ARITHMATEX = re.compile(r'<(?P<tag>span|div) class="arithmatex">', re.DOTALL)


def test_every_formula_is_rendered_at_build_time(built_site):
    """Each arithmatex element holds KaTeX's HTML and MathML, never TeX left for the browser."""
    total, unrendered = 0, []
    for page in sorted(built_site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        for match in ARITHMATEX.finditer(text):
            total += 1
            inside = text[match.end(): match.end() + 200]
            if not inside.startswith(('<span class="katex">', '<span class="katex-display">')):
                line = text.count("\n", 0, match.start()) + 1
                unrendered.append(f"{page.relative_to(built_site)}:{line}: {html.unescape(inside[:60])!r}")
    assert total > 1000, f"only {total} formulas found: is pymdownx.arithmatex (generic) still configured?"
    assert not unrendered, "formulas left for the browser to render:\n" + "\n".join(unrendered)
    assert "<math" in (built_site / "information" / "entropy.html").read_text(encoding="utf-8"), "no MathML"


def test_a_formula_katex_cannot_render_fails_the_build_naming_page_line_and_formula():
    from mkdocs.exceptions import PluginError

    from hooks.render_math import render_pages

    good = '<p><span class="arithmatex">\\(x^2\\)</span></p>'
    pages = {"a.html": good, "b.html": good + '\n<div class="arithmatex">\\[\\frac{1}{\\]</div>'}
    with pytest.raises(PluginError) as raised:
        render_pages(pages)
    assert "b.html:2: KaTeX cannot render '\\\\frac{1}{'" in str(raised.value), str(raised.value)
    assert "a.html" not in str(raised.value)
    assert '<span class="katex">' in render_pages({"a.html": good})["a.html"]


def test_no_raw_dollar_math_left_in_pages(built_site):
    """`$...$` that arithmatex did not pick up would reach the reader as raw TeX."""
    leftovers = []
    for page in sorted(built_site.rglob("*.html")):
        text = re.sub(r"<(code|pre|script|style)\b.*?</\1>", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
        text = re.sub(r"<annotation\b.*?</annotation>", "", text, flags=re.DOTALL)  # KaTeX keeps the TeX there
        for match in re.finditer(r"\$\$|\$[^$\s][^$\n]*\$", text):
            leftovers.append(f"{page.relative_to(built_site)}:{text.count(chr(10), 0, match.start()) + 1}: {match.group(0)[:40]}")
    assert not leftovers, "\n".join(leftovers)


def test_no_request_to_another_host(built_site):
    problems = scan_site(built_site)
    assert not problems, "the built site would fetch from another host:\n" + "\n".join(problems)


def test_math_and_vendor_assets_are_served_by_the_site(built_site):
    page = (built_site / "losses" / "regression.html").read_text(encoding="utf-8")
    for asset in ["assets/vendor/katex/katex.min.css", "assets/vendor/iframe-worker/index.js",
                  "assets/wide-formulas.js"]:
        assert (built_site / asset).is_file(), asset
        assert f'../{asset}"' in page, f"regression.html does not load {asset}"
    assert "katex.min.js" not in page and not (built_site / "assets/vendor/katex/katex.min.js").exists(), \
        "formulas are rendered at build time: no page loads KaTeX's JavaScript"
    assert list((built_site / "assets/vendor/katex/fonts").glob("*.woff2"))
    assert (built_site / "search" / "search_index.js").is_file(), "offline search index missing"


def test_seed_10_example_is_on_the_page(built_site):
    page = (built_site / "losses" / "regression.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    for line in ["#> tensor([[-0.6014, -1.0122]], requires_grad=True)",
                 "#> tensor([[-0.3023, -1.2277]])",
                 "#> tensor(0.0680, grad_fn=<MseLossBackward0>)"]:
        assert line in text, line


def test_figures_are_built_and_deterministic(built_site):
    from hooks.draw_figures import FIGURE_SOURCES, figure_name, render

    sources = sorted(FIGURE_SOURCES.glob("*/*.py"))
    assert sources
    drawn_again = render(sources)  # in this process, long after (or apart from) the build's drawing
    for source in sources:
        built = built_site / "figures" / source.parent.name / f"{source.stem}.svg"
        assert built.is_file(), built
        assert drawn_again[figure_name(source)] == built.read_bytes(), f"{source} does not draw the same bytes twice"


def test_local_build_points_nowhere_else(built_site):
    """site_url and edit links are set only by the hosted build's environment."""
    page = (built_site / "losses" / "regression.html").read_text(encoding="utf-8")
    assert 'rel="canonical"' not in page
    assert "md-content__button" not in page, "an edit button points at a repository from a local build"


def test_every_snippet_can_be_downloaded_from_its_code_block(built_site):
    page = (built_site / "losses" / "regression.html").read_text(encoding="utf-8")
    for snippet in sorted((ROOT / "snippets").rglob("*.py")):
        rel = snippet.relative_to(ROOT).as_posix()
        assert (built_site / rel).read_bytes() == snippet.read_bytes(), rel
    assert '<a href="../snippets/losses/mse_seed10.py" download' in page


def test_footer_names_the_torch_version(built_site):
    import torch

    page = (built_site / "index.html").read_text(encoding="utf-8")
    assert f"torch {torch.__version__}" in page


def test_print_page_and_404_page_exist(built_site):
    assert "arithmatex" in (built_site / "print_page.html").read_text(encoding="utf-8")
    assert (built_site / "404.html").is_file()


@pytest.mark.parametrize("edition", ["", "zh/"])
def test_search_index_is_utf8_not_escapes(built_site, edition):
    """Written as \\u escapes, Chinese text and jieba's zero-width spaces cost 6 bytes a
    character: the JSON fetched over HTTP is UTF-8. The copy in search_index.js, which the
    offline shim loads from file:// without a charset, stays ASCII."""
    index = (built_site / edition / "search" / "search_index.json").read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)\\u(?:200b|[4-9][0-9a-f]{3})", index), f"{edition}search_index.json: \\u escapes"
    assert (built_site / edition / "search" / "search_index.js").read_bytes().isascii(), \
        f"{edition}search_index.js: non-ASCII bytes would be misread from file://"
    if edition:
        assert "\u200b" in index, "the Chinese index is not segmented: is jieba installed?"


@pytest.mark.parametrize("edition", ["", "zh/"])
def test_print_page_resolves_urls_from_its_edition_root(built_site, edition):
    """Material fetches the search index and keeps the reader's settings relative to its
    config's base; print-site lends the print page the 404 page's absolute one ("/")."""
    page = (built_site / edition / "print_page.html").read_text(encoding="utf-8")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', page, re.DOTALL).group(1))
    assert config["base"] == ".", f"{edition}print_page.html: base {config['base']!r}"
