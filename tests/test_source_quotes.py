"""A block quote on a page is the source posts' own words, verbatim.

The warning boxes that correct the source posts quote the post's sentence before the
correction (style.md). Each quoted line must occur in one of the posts in
../shared/seeds/ (whitespace aside, since the posts wrap lines; "…" marks an omission,
and each piece around it must occur). Code and math in the quote (`...`, $...$) are
compared as written; elsewhere Markdown's backslash escapes are undone first.
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
PAGES = sorted((ROOT / "docs").rglob("*.md")) + sorted((ROOT / "docs-zh").rglob("*.md"))
QUOTE_LINE = re.compile(r"^[ \t]*>[ \t]?(?P<text>.*\S.*)$", re.MULTILINE)
VERBATIM = re.compile(r"(`+[^`]*`+|\$[^$]+\$)")  # inline code and inline math
OMISSION = re.compile(r"…+|\.{3,}")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def as_written(markdown: str) -> str:
    """The characters the quote stands for: code and math as written, escapes undone elsewhere."""
    parts = VERBATIM.split(markdown)
    return "".join(part.strip("`$") if i % 2 else re.sub(r"\\(.)", r"\1", part) for i, part in enumerate(parts))


def unquoted(markdown: str, posts: str) -> list[tuple[int, str]]:
    """(line, piece) for each piece of a quoted line that no post contains."""
    misses = []
    for match in QUOTE_LINE.finditer(markdown):
        line = markdown.count("\n", 0, match.start()) + 1
        for piece in OMISSION.split(squeeze(as_written(match.group("text")))):
            if len(piece) >= 4 and piece not in posts:
                misses.append((line, piece))
    return misses


@pytest.fixture(scope="module")
def posts() -> str:
    files = sorted(SEEDS.glob("*.txt"))
    assert files, f"no source posts in {SEEDS}"
    return "\n".join(squeeze(p.read_text(encoding="utf-8")) for p in files)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_quotes_are_the_posts_own_words(page, posts):
    misses = unquoted(page.read_text(encoding="utf-8"), posts)
    name = page.relative_to(ROOT).as_posix()
    assert not misses, "block quotes not found in the source posts (quote them verbatim):\n" + \
        "\n".join(f"{name}:{line}: {piece[:80]}" for line, piece in misses)


def test_a_paraphrase_is_caught(posts):
    assert unquoted("> 变量的不确定性越大,熵也就越大\n", posts) == []
    assert unquoted("> 变量的不确定性越大，熵就越小\n", posts) == [(1, "变量的不确定性越大，熵就越小")]
    assert unquoted("> 变量的不确定性越大,……把它全部弄懂\n", posts) == [(1, "把它全部弄懂")]
