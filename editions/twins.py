"""A page's skeleton: everything a translation must keep from its English twin.

Twins are docs/<path> and docs-zh/<path>. They must include the same snippets in the
same order, show the same images, have the same display formulas (apart from the words
inside \\text{}), the same code, the same heading anchors (so one link works in both
editions), the same admonition kinds and the same `shown` markers. Prose is free.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, fields
from pathlib import Path

import yaml

from examplecheck.prose import INCLUDE, SHOWN

ROOT = Path(__file__).resolve().parent.parent
EDITIONS = {"en": ROOT / "docs", "zh": ROOT / "docs-zh"}
CONFIGS = {"en": ROOT / "mkdocs.yml", "zh": ROOT / "mkdocs.zh.yml"}

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>`{3,}|~{3,})[^\n]*\n(?P<body>.*?)^(?P=indent)(?P=mark)[ \t]*$",
                   re.DOTALL | re.MULTILINE)
DISPLAY_MATH = re.compile(r"^[ \t]*\$\$(?P<tex>.*?)\$\$[ \t]*$", re.DOTALL | re.MULTILINE)
TEXT_IN_MATH = re.compile(r"\\(?:text|textrm|mbox)\{[^{}]*\}")
ADMONITION = re.compile(r"^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+([\w-]+)", re.MULTILINE)
TAB = re.compile(r'^[ \t]*===\+?[ \t]+"', re.MULTILINE)
HEADING_ID = re.compile(r'<h([1-6]) id="([^"]+)"')
IMAGE_SRC = re.compile(r'<img\b[^>]*?\bsrc="([^"]+)"')
CELL = re.compile(r"^# %%(?P<kind>[^\n]*)\n(?P<body>.*?)(?=^# %%|\Z)", re.DOTALL | re.MULTILINE)


@dataclass
class Skeleton:
    includes: list[str]
    images: list[str]
    formulas: list[str]
    code: list[str]
    anchors: list[str]
    admonitions: list[str]
    tabs: int
    markers: list[tuple[str, str]]


def twin(page: Path) -> Path:
    """The same page in the other edition."""
    page = page.resolve()
    for lang, folder in EDITIONS.items():
        if page.is_relative_to(folder):
            other = EDITIONS["zh" if lang == "en" else "en"]
            return other / page.relative_to(folder)
    raise ValueError(f"{page} is in neither {EDITIONS['en']} nor {EDITIONS['zh']}")


def nav_paths(config: Path) -> list[str]:
    """The pages a config's nav lists, in order."""
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)  # !ENV, !relative

    def walk(node):
        if isinstance(node, str):
            yield node
        elif isinstance(node, list):
            for item in node:
                yield from walk(item)
        elif isinstance(node, dict):
            for value in node.values():
                yield from walk(value)

    return list(walk(yaml.load(config.read_text(encoding="utf-8"), Loader=Loader)["nav"]))


def pages(lang: str) -> list[str]:
    """Every page of an edition, as paths relative to its docs folder."""
    folder = EDITIONS[lang]
    found = list(folder.rglob("*.md")) + list(folder.rglob("*_notebook.py"))
    return sorted(p.relative_to(folder).as_posix() for p in found)


@functools.cache
def _markdown():
    """Python-Markdown set up as the site's mkdocs.yml sets it up (snippets, toc, ...)."""
    import markdown
    from mkdocs.config import load_config

    config = load_config(str(CONFIGS["en"]))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


def render(text: str) -> str:
    md = _markdown()
    md.reset()
    return md.convert(text)


def split_notebook(source: str) -> tuple[str, list[str]]:
    """A jupytext percent-format notebook: its markdown cells as one page, its code cells."""
    prose, code = [], []
    for cell in CELL.finditer(source):
        body = cell.group("body").strip("\n")
        if "markdown" in cell.group("kind"):
            prose.append(re.sub(r"^# ?", "", body, flags=re.MULTILINE))
        else:
            code.append(body)
    return "\n\n".join(prose), code


def read(page: Path) -> Skeleton:
    source = page.read_text(encoding="utf-8")
    if page.name.endswith("_notebook.py"):
        markdown, code = split_notebook(source)
    else:
        markdown = source
        code = [m.group("body") for m in FENCE.finditer(markdown)]
    code = ["\n".join(line.strip() for line in block.splitlines()) for block in code]
    html = render(markdown)
    return Skeleton(
        includes=INCLUDE.findall(markdown),
        images=IMAGE_SRC.findall(html),
        formulas=[TEXT_IN_MATH.sub(r"\\text{}", " ".join(m.group("tex").split())) for m in DISPLAY_MATH.finditer(markdown)],
        code=code,
        anchors=[f"h{level}#{ident}" for level, ident in HEADING_ID.findall(html)],
        admonitions=ADMONITION.findall(markdown),
        tabs=len(TAB.findall(markdown)),
        markers=sorted(SHOWN.findall(markdown)),
    )


def differences(english: Path, chinese: Path) -> list[str]:
    """What the Chinese twin changed that it must keep, one line each; empty when in step."""
    en = read(english)
    try:
        zh = read(chinese)
    except Exception as error:  # a missing include, say: Markdown cannot render the page
        return [f"cannot render the page: {error}"]
    problems = []
    for name in (f.name for f in fields(Skeleton)):
        a, b = getattr(en, name), getattr(zh, name)
        if a == b:
            continue
        if isinstance(a, int):
            problems.append(f"{name}: English has {a}, Chinese has {b}")
            continue
        for i in range(max(len(a), len(b))):
            x = a[i] if i < len(a) else "(nothing)"
            y = b[i] if i < len(b) else "(nothing)"
            if x != y:
                problems.append(f"{name} #{i + 1} differs:\n    English: {x}\n    Chinese: {y}")
                break
        if len(a) != len(b):
            problems.append(f"{name}: English has {len(a)}, Chinese has {len(b)}")
    return problems
