"""Consistency of pages and snippets, checked on the sources (fast, no build needed)."""

import re
import tokenize
from pathlib import Path

import pytest
import yaml

from editions import twins
from examplecheck.stated_output import find_print_sites

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"

INCLUDE = re.compile(r'^(?P<indent>[ \t]*)--8<--[ \t]+"(?P<path>[^"]+)"', re.MULTILINE)
FENCE_OPEN = re.compile(r'^[ \t]*```(?P<info>[^\n`]*)$', re.MULTILINE)


def pages():
    return sorted(DOCS.rglob("*.md"))


def snippets():
    return sorted(SNIPPETS.rglob("*.py"))


def includes():
    """(page, line, included path, info line of the fence it sits in)."""
    found = []
    for page in pages():
        text = page.read_text(encoding="utf-8")
        for match in INCLUDE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
            found.append((page, line, match.group("path"), before.strip()))
    return found


def code_without_comments(path: Path) -> str:
    with path.open("rb") as file:
        tokens = [t for t in tokenize.tokenize(file.readline) if t.type != tokenize.COMMENT]
    return tokenize.untokenize(tokens).decode("utf-8")


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_there_are_pages_and_snippets():
    assert pages() and snippets()


def test_every_include_resolves():
    missing = [f"{rel(page)}:{line}: includes {path}, which does not exist" for page, line, path, _ in includes()
               if not (ROOT / path).is_file()]
    assert not missing, "\n".join(missing)


def test_every_snippet_is_included_by_a_page():
    included = {path for _, _, path, _ in includes()}
    orphans = [rel(s) for s in snippets() if rel(s) not in included]
    assert not orphans, "snippets that no page includes (add them to a page or delete them):\n" + "\n".join(orphans)


def test_included_snippets_sit_in_a_fence_titled_with_their_path():
    wrong = [
        f'{rel(page)}:{line}: put {path} in a fence opened with ```python title="{path}"'
        for page, line, path, fence in includes()
        if path.startswith("snippets/") and fence != f'```python title="{path}"'
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("snippet", snippets(), ids=rel)
def test_every_printing_statement_states_its_output(snippet):
    source = snippet.read_text(encoding="utf-8")
    unstated = [site.first_line for site in find_print_sites(source, rel(snippet)) if not site.stated]
    assert not unstated, f"{rel(snippet)}: print() on line(s) {unstated} has no `#>` lines under it"


@pytest.mark.parametrize("snippet", snippets(), ids=rel)
def test_snippets_seed_their_randomness(snippet):
    """A snippet that draws random numbers shows its seed (the runner also re-seeds randomly to catch misses)."""
    source = code_without_comments(snippet)
    draws = re.search(r"torch\.(rand|randn|randint|randperm|normal|bernoulli|multinomial)\b|nn\.(Linear|Conv\w*|Dropout|Embedding)\(", source)
    if draws:
        assert "torch.manual_seed(" in source, f"{rel(snippet)} draws random numbers but shows no torch.manual_seed"


def test_python_fences_use_a_tested_language_tag():
    """Fences tagged python3, pycon or ipython would not be run by the suite; use python."""
    bad = []
    for page in pages():
        text = page.read_text(encoding="utf-8")
        for match in FENCE_OPEN.finditer(text):
            language = match.group("info").strip().split(" ")[0].lower()
            if language in {"python3", "py3", "pycon", "ipython", "python-repl"}:
                line = text.count("\n", 0, match.start()) + 1
                bad.append(f"{rel(page)}:{line}: fence tagged {language!r}")
    assert not bad, "\n".join(bad)


def test_every_page_is_in_the_navigation():
    in_nav = set(twins.nav_paths(ROOT / "mkdocs.yml"))
    missing = [rel(page) for page in pages() if page.relative_to(DOCS).as_posix() not in in_nav]
    assert not missing, "pages not in mkdocs.yml's nav: " + ", ".join(missing)


def test_the_hosted_workflow_is_valid_and_runs_the_make_targets():
    """A YAML slip (an unquoted ': ' in a run line) would only show on the hosted runner."""
    workflow = yaml.safe_load((ROOT / ".github/workflows/site.yml").read_text(encoding="utf-8"))
    runs = [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
    for target in ("make deps", "make test", "make site", "make dist"):
        assert any(target in run for run in runs), f"the workflow never runs {target!r}"
    assert workflow["env"]["TORCH_INDEX_URL"].endswith("/cpu"), "hosted runners would install the CUDA torch"
