"""The built site: strict build, formulas that KaTeX can render, no request to another host."""

import html
import json
import re
import subprocess
from pathlib import Path

from tests.external_refs import scan_site

ROOT = Path(__file__).resolve().parent.parent
ARITHMATEX = re.compile(r'<(?P<tag>span|div) class="arithmatex">(?P<body>.*?)</(?P=tag)>', re.DOTALL)


def formulas(site: Path):
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        for match in ARITHMATEX.finditer(text):
            body = html.unescape(match.group("body")).strip()
            tex = re.sub(r"^\\[(\[]|\\[)\]]$", "", body)
            line = text.count("\n", 0, match.start()) + 1
            yield {"where": f"{page.relative_to(site)}:{line}", "tex": tex, "display": match.group("tag") == "div"}


def test_every_formula_renders_with_katex(built_site):
    found = list(formulas(built_site))
    assert found, "no formulas found: is pymdownx.arithmatex (generic) still configured?"
    result = subprocess.run(
        ["node", str(ROOT / "tests" / "katex_check.cjs")],
        input=json.dumps(found), capture_output=True, text=True, cwd=ROOT, check=True,
    )
    failures = json.loads(result.stdout)
    assert not failures, "\n".join(f"{f['where']}: {f['error']}" for f in failures)


def test_no_raw_dollar_math_left_in_pages(built_site):
    """`$...$` that arithmatex did not pick up would reach the reader as raw TeX."""
    leftovers = []
    for page in sorted(built_site.rglob("*.html")):
        text = re.sub(r"<(code|pre|script|style)\b.*?</\1>", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
        text = ARITHMATEX.sub("", text)
        for match in re.finditer(r"\$\$|\$[^$\s][^$\n]*\$", text):
            leftovers.append(f"{page.relative_to(built_site)}:{text.count(chr(10), 0, match.start()) + 1}: {match.group(0)[:40]}")
    assert not leftovers, "\n".join(leftovers)


def test_no_request_to_another_host(built_site):
    problems = scan_site(built_site)
    assert not problems, "the built site would fetch from another host:\n" + "\n".join(problems)


def test_math_and_vendor_assets_are_served_by_the_site(built_site):
    page = (built_site / "losses" / "regression.html").read_text(encoding="utf-8")
    for asset in ["assets/vendor/katex/katex.min.js", "assets/vendor/katex/katex.min.css",
                  "assets/vendor/iframe-worker/index.js", "assets/render-math.js"]:
        assert (built_site / asset).is_file(), asset
        assert f'../{asset}"' in page, f"regression.html does not load {asset}"
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
    from hooks.draw_figures import FIGURE_SOURCES, render

    sources = sorted(FIGURE_SOURCES.glob("*/*.py"))
    assert sources
    for source in sources:
        built = built_site / "figures" / source.parent.name / f"{source.stem}.svg"
        assert built.is_file(), built
        assert render(source) == built.read_bytes(), f"{source} does not draw the same bytes twice"


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
