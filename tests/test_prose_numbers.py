"""Every number a page's prose quotes is printed by an example on that page.

After `--update-outputs` changes an output, the prose that quoted the old value fails
here, naming the page and line. Rules and exclusions: examplecheck/prose.py.
"""

from pathlib import Path

import pytest

from examplecheck import prose

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").rglob("*.md")) + sorted((ROOT / "docs-zh").rglob("*.md"))  # both editions



@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_numbers_in_prose_are_printed_on_the_page(page):
    markdown = page.read_text(encoding="utf-8")
    output, _ = prose.stated_output(markdown, ROOT)
    misses = prose.unprinted_numbers(markdown, output, prose.ALLOWED_NUMBERS)
    name = page.relative_to(ROOT).as_posix()
    assert not misses, "numbers in the prose that no example on the page prints (copy them from an output):\n" + \
        "\n".join(f"{name}:{line}: {what}" for line, what in misses)
