"""The theme's and KaTeX's stylesheets are trimmed to what the site uses (hooks/trim_theme_css.py).

Trimmed means smaller, but nothing a reader can reach may lose its style: the rules for
what Material's scripts add at run time (search results, the copy button, the dark
scheme) must survive, and every KaTeX font face with them.
"""

import re
from pathlib import Path

import material
import pytest
from mkdocs.exceptions import PluginError

from hooks.trim_theme_css import sources

ROOT = Path(__file__).resolve().parent.parent
THEME_CSS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
KATEX_CSS = ROOT / "node_modules" / "katex" / "dist" / "katex.min.css"
EDITIONS = ["", "zh/"]
FONT_FACE = re.compile(r"@font-face\{[^}]*\}")


def original(name_pattern: str) -> str:
    return next(THEME_CSS.glob(name_pattern)).read_text(encoding="utf-8")


@pytest.mark.parametrize("edition", EDITIONS)
def test_theme_css_is_trimmed_to_what_the_pages_use(built_site, edition):
    site = built_site / edition
    main = next(site.glob("assets/stylesheets/main.*.min.css")).read_text(encoding="utf-8")
    palette = next(site.glob("assets/stylesheets/palette.*.min.css")).read_text(encoding="utf-8")
    katex = (site / "assets/vendor/katex/katex.min.css").read_text(encoding="utf-8")
    assert len(main) < 0.75 * len(original("main.*.min.css")), "main.css was not trimmed"
    assert len(palette) < 0.75 * len(original("palette.*.min.css")), "palette.css was not trimmed"
    assert len(katex) < 0.75 * len(KATEX_CSS.read_text(encoding="utf-8")), "katex.min.css was not trimmed"
    # Added by Material's scripts, never in a built page: kept because the bundle names them.
    for selector in [".md-search-result__item", ".md-code__button", ".md-search-result__more"]:
        assert selector in main, f"{edition}main.css lost {selector}, which Material's scripts add at run time"
    assert '[data-md-color-scheme=slate]' in palette, "the dark scheme's colours were trimmed"
    assert "indigo" in palette and "[data-md-color-primary=pink]" not in palette
    # KaTeX names its main font in the `font` shorthand: every face must survive.
    assert len(FONT_FACE.findall(katex)) == len(FONT_FACE.findall(KATEX_CSS.read_text(encoding="utf-8")))


@pytest.mark.parametrize("edition", EDITIONS)
def test_trimmed_stylesheets_point_to_no_stale_source_map(built_site, edition):
    for css in (built_site / edition).glob("assets/stylesheets/*.css"):
        assert "sourceMappingURL" not in css.read_text(encoding="utf-8"), f"{css.name} points to a map of the untrimmed file"
        assert not css.with_name(css.name + ".map").exists(), f"{css.name}.map describes the untrimmed file"


def test_the_english_trim_reads_only_its_own_pages(tmp_path):
    for folder in ["assets/stylesheets", "assets/vendor/katex", "zh/assets/stylesheets"]:
        (tmp_path / folder).mkdir(parents=True)
    for name in ["assets/stylesheets/main.1.min.css", "assets/stylesheets/palette.1.min.css",
                 "assets/vendor/katex/katex.min.css", "index.html", "zh/index.html"]:
        (tmp_path / name).write_text("", encoding="utf-8")
    content, stylesheets = sources(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in content] == ["index.html"]
    assert len(stylesheets) == 3


def test_a_missing_stylesheet_fails_the_build_by_name(tmp_path):
    (tmp_path / "assets/stylesheets").mkdir(parents=True)
    with pytest.raises(PluginError, match=r"main\.\*\.min\.css"):
        sources(tmp_path)
