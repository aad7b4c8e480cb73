"""MkDocs hook: the Chinese edition, built with the English one.

`mkdocs build` (and `mkdocs serve`) of mkdocs.yml builds the English site, then builds
mkdocs.zh.yml into <site>/zh/ in the same process, so every command that builds the
site builds both editions, with the same strictness. The Chinese pages live in
docs-zh/, twins of docs/ with the same paths; the files both editions use (docs/assets/:
stylesheet, widgets) stay in docs/ and are added to the Chinese build here.

Why not mkdocs-static-i18n: its open issues say it does not localize mkdocs-jupyter
pages and print-site prints only the default language; two plain builds have neither
problem, and Material's language selector (overrides/partials/alternate.html) joins them.
"""

import re
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT / "docs"
SHARED_FOLDERS = ["assets"]
CHINESE = ROOT / "mkdocs.zh.yml"

# A line break between two Chinese characters (or full-width punctuation) in a wrapped
# source paragraph: browsers show it as a space, which Chinese text never has.
HAN = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
BREAK_BETWEEN_HAN = re.compile(rf"(?<={HAN})[ \t]*\n[ \t]*(?={HAN})")
PREFORMATTED = re.compile(r"(<pre\b.*?</pre>)", re.DOTALL)
# Material's <head> links to each edition's root; its script then fetches that root's
# sitemap.xml to map the page, which fails from file:// (a console error) and, with no
# site_url, sends the reader to the other edition's home. The menu links the twin already.
ALTERNATE_HEAD_LINK = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')


def is_english(config) -> bool:
    return Path(config.docs_dir).resolve() == SHARED


def on_files(files, config):
    if is_english(config):
        return files
    for folder in SHARED_FOLDERS:
        for path in sorted((SHARED / folder).rglob("*")):
            if path.is_file():
                uri = path.relative_to(SHARED).as_posix()
                files.append(File(uri, str(SHARED), config.site_dir, config.use_directory_urls))
    return files


def join_chinese_lines(html: str) -> str:
    """Drop the line breaks between Chinese characters, outside preformatted code."""
    parts = PREFORMATTED.split(html)
    return "".join(part if i % 2 else BREAK_BETWEEN_HAN.sub("", part) for i, part in enumerate(parts))


@event_priority(100)  # before print-site copies the page into the printable page
def on_page_content(html, page, config, files):
    return html if is_english(config) else join_chinese_lines(html)


def chinese_options(config) -> dict:
    """The Chinese build's place and strictness; its address and edit links follow the
    English ones, which only the hosted build sets."""
    options = {"site_dir": str(Path(config.site_dir) / "zh"), "strict": config.strict}
    if config.site_url:
        options["site_url"] = config.site_url.rstrip("/") + "/zh/"
    if config.edit_uri:
        options["edit_uri"] = re.sub(r"docs/?$", "docs-zh/", config.edit_uri)
    return options


def drop_alternate_head_links(site: Path) -> None:
    """Every page, the 404 page and print-site's page (written after on_post_page) alike."""
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        kept = ALTERNATE_HEAD_LINK.sub("", html)
        if kept != html:
            path.write_text(kept, encoding="utf-8")


@event_priority(-300)  # last: after every hook and plugin has finished the English site
def on_post_build(config):
    drop_alternate_head_links(Path(config.site_dir))  # the English build sweeps before site/zh/ exists
    if not is_english(config):
        return
    chinese = load_config(str(CHINESE), **chinese_options(config))
    chinese.plugins.on_startup(command="build", dirty=False)
    try:
        build(chinese)
    finally:
        chinese.plugins.on_shutdown()
