"""Every "exactly", "never", "always" and "cannot" in a page's prose is shown by an output.

The claim is followed, in its paragraph, by `<!-- shown: snippets/... "text" -->`,
naming a snippet the page includes and a piece of its stated output; the marker is
invisible to readers, and this test keeps it true. Rules: examplecheck/prose.py.
"""

from pathlib import Path

import pytest

from examplecheck import prose

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").rglob("*.md")) + sorted((ROOT / "docs-zh").rglob("*.md"))  # both editions


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_claims_in_prose_are_shown_by_an_output(page):
    markdown = page.read_text(encoding="utf-8")
    _, included = prose.stated_output(markdown, ROOT)

    def output_of(path):
        if path not in included or not (ROOT / path).is_file():
            return None
        return prose.stated_output(f'--8<-- "{path}"', ROOT)[0]

    misses = prose.unbacked_claims(markdown, output_of)
    name = page.relative_to(ROOT).as_posix()
    assert not misses, "\n".join(f"{name}:{line}: {what}" for line, what in misses)
