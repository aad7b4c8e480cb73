"""MkDocs hook: ship only the CSS this site uses (issue 12, page weight).

Every page loads Material's stylesheets (main.css, 134 KB; palette.css, 12 KB, every
colour of every palette) and KaTeX's (24 KB, every font and size). Most of it styles
features the site never uses. Once every page is written, with its formulas rendered
(hooks/render_math.py), PurgeCSS (pinned in package.json) keeps the rules whose
selectors can match: it reads every built page and every script that can add a class
or attribute at run time (Material's bundle and search worker, the widgets), and drops
the rest, with the custom properties, keyframes and @font-face rules nothing kept uses.

Trimmed stylesheets no longer match Material's source maps: those are removed, with
the comment that points to them. A stylesheet missing, or node failing, fails the build.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
PURGE = Path(__file__).resolve().parent / "purge_css.cjs"
STYLESHEETS = ["assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css",
               "assets/vendor/katex/katex.min.css"]
# Scripts that can add classes or attributes at run time; the search index holds only text.
SCRIPTS = ["assets/javascripts/bundle.*.min.js", "assets/javascripts/workers/*.js", "assets/**/*.js"]
SOURCE_MAP_COMMENT = re.compile(r"\s*/\*# sourceMappingURL=[^*]*\*/\s*$")


def sources(site: Path) -> tuple[list[Path], list[Path]]:
    """(pages and scripts, stylesheets) of one edition's site (not the other edition's folder)."""
    stylesheets = []
    for pattern in STYLESHEETS:
        found = sorted(site.glob(pattern))
        if not found:
            raise PluginError(f"hooks/trim_theme_css.py: no {pattern} in {site}; did the theme change its layout?")
        stylesheets += found
    own = [site / "zh"] if (site / "zh").is_dir() else []
    content = {p for p in site.rglob("*.html")} | {p for pattern in SCRIPTS for p in site.glob(pattern)}
    content = sorted(p for p in content if not any(folder in p.parents for folder in own))
    return content, stylesheets


def purge(content: list[Path], stylesheets: list[Path]) -> dict[Path, str]:
    request = json.dumps({"content": [str(p) for p in content], "css": [str(p) for p in stylesheets]})
    try:
        result = subprocess.run(["node", str(PURGE)], input=request, capture_output=True, text=True,
                                cwd=ROOT, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        stderr = getattr(error, "stderr", "") or ""
        raise PluginError(f"could not run PurgeCSS in node (is `npm ci` done?): {error}\n{stderr}") from error
    trimmed = json.loads(result.stdout)
    return {path: trimmed[str(path)] for path in stylesheets}


@event_priority(-150)  # after render_math.py (0) and the offline plugin (-100); before page_speed.py (-200)
def on_post_build(config):
    site = Path(config.site_dir)
    content, stylesheets = sources(site)
    for path, css in purge(content, stylesheets).items():
        path.write_text(SOURCE_MAP_COMMENT.sub("\n", css), encoding="utf-8")
        path.with_name(path.name + ".map").unlink(missing_ok=True)
