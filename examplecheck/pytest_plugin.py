"""pytest plugin (loaded by pytest.ini): every snippet and every Python fence on a page is a test.

sybil collects `snippets/**/*.py` (one test per file) and the Python fences in
`docs/**/*.md` (one test per fence). Each runs in-process in a fresh namespace,
with torch's global state reset first, and what each print() prints must equal
the `#>` lines under it. `pytest --update-outputs` rewrites those lines instead.
A fence that only includes snippets (`--8<-- "snippets/..."`) is not run again:
its includes must resolve, and the snippet files are tested on their own.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from sybil import Document, Region, Sybil
from sybil.parsers.markdown.lexers import RawFencedCodeBlockLexer
from sybil.parsers.markdown.skip import SkipParser

from examplecheck import stated_output, torch_state

ROOT = Path(__file__).resolve().parent.parent
INCLUDE_LINE = re.compile(r'^[ \t]*--8<--[ \t]+"(?P<path>[^"]+)"[ \t]*$')
PYTHON_FENCE_INFO = re.compile(r"(?P<language>python|py)(?P<attributes>[ \t][^\n]*)?$\n", re.MULTILINE)

_rewritten: list[str] = []  # files --update-outputs changed, listed at the end of the run
_update_outputs = False


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the `#>` lines of snippets and page fences from what they print now",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config):
    """Run in this one process, not in pytest-xdist's workers (pytest.ini's -n), when that
    would be wrong: `--update-outputs` (two fences of one page rewrite the same file, and the
    list of rewritten files is kept here), and a pytest started by a test, as
    tests/test_determinism.py starts one to run the examples in a fixed order (the outer
    run already keeps every core busy)."""
    if getattr(config.option, "numprocesses", None) is None:
        return  # pytest-xdist is not loaded (-p no:xdist) or not asked for
    if config.getoption("--update-outputs") or "PYTEST_CURRENT_TEST" in os.environ:
        # What `-n 0` sets; all three, whether xdist's own hook has run before this one or not.
        config.option.numprocesses, config.option.dist, config.option.tx = 0, "no", []


def pytest_configure(config):
    global _update_outputs
    _update_outputs = config.getoption("--update-outputs")


def pytest_terminal_summary(terminalreporter):
    if _rewritten:
        terminalreporter.write_sep("=", "rewrote stated outputs")
        for path in _rewritten:
            terminalreporter.write_line(path)


def _display_path(path: str) -> str:
    """Repo-relative where possible: short in messages, and still a real path for tracebacks."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return path


def _check_and_maybe_rewrite(source: str, filename: str, line_offset: int, write_back) -> str | None:
    """None when the example prints what it states; otherwise the failure message for sybil."""
    __tracebackhide__ = True  # a failing example's traceback starts in the example itself
    torch_state.reset()
    try:
        sites, result, problems = stated_output.check(source, filename, line_offset)
    except stated_output.ExampleError as error:
        return str(error)
    except Exception as error:  # the example itself raised: show its traceback from its own first frame
        return stated_output.format_raised(error, filename)
    if not problems:
        return None
    if _update_outputs:
        write_back(stated_output.rewrite(source, sites, result))
        _rewritten.append(filename)
        return None
    return "\n\n".join(problems)


# --- snippets/**/*.py: the whole file is one example ------------------------------------


def _evaluate_snippet(example) -> str | None:
    __tracebackhide__ = True
    path = Path(example.path)
    return _check_and_maybe_rewrite(
        example.document.text,
        _display_path(example.path),
        0,
        lambda text: path.write_text(text, encoding="utf-8"),
    )


def _whole_file(document: Document):
    yield Region(0, len(document.text), parsed=document.text, evaluator=_evaluate_snippet)


# --- docs/**/*.md: each Python fence is one example ---------------------------------------


def _included_paths(source: str) -> list[str] | None:
    """The paths if the fence only includes snippets, else None (it is code to run)."""
    lines = [line for line in source.splitlines() if line.strip()]
    matches = [INCLUDE_LINE.match(line) for line in lines]
    if lines and all(matches):
        return [m.group("path") for m in matches]
    return None


def _evaluate_fence(example) -> str | None:
    __tracebackhide__ = True
    source = str(example.parsed)
    page = _display_path(example.path)
    includes = _included_paths(source)
    if includes is not None:
        missing = [p for p in includes if not (ROOT / p).is_file()]
        if missing:
            return f"{page}:{example.line}: the fence includes files that do not exist: {', '.join(missing)}"
        return None

    def write_back(new_source: str) -> None:
        text = Path(example.path).read_text(encoding="utf-8")
        if text.count(source) != 1:
            raise stated_output.ExampleError(f"{page}:{example.line}: cannot rewrite a fence that appears twice")
        Path(example.path).write_text(text.replace(source, new_source), encoding="utf-8")

    return _check_and_maybe_rewrite(source, page, example.line, write_back)


class _PythonFences:
    def __init__(self):
        self.lexer = RawFencedCodeBlockLexer(
            info_pattern=PYTHON_FENCE_INFO, mapping={"language": "language", "source": "source"}
        )

    def __call__(self, document: Document):
        for region in self.lexer(document):
            region.parsed = region.lexemes["source"]
            region.evaluator = _evaluate_fence
            yield region


class _SkipWithReason(SkipParser):
    """sybil's `<!-- skip: next "reason" -->`, refusing a skip that gives no reason."""

    def __call__(self, document: Document):
        for region in super().__call__(document):
            action, reason = region.parsed
            if action == "next" and not reason:
                line = document.text.count("\n", 0, region.start) + 1
                raise ValueError(f"{document.path}:{line}: a skipped fence must say why: <!-- skip: next \"reason\" -->")
            yield region


def make_collector(root: Path):
    """The pytest_collect_file hook for a project laid out as snippets/ and docs/ under `root`."""
    snippets = Sybil(
        parsers=[_whole_file],
        path=str(root / "snippets"),
        pattern="*.py",
        document_types={".py": Document},
        name="snippet",
    )
    pages = Sybil(parsers=[_PythonFences(), _SkipWithReason()], path=str(root / "docs"), pattern="*.md", name="page")
    return (snippets + pages).pytest()


pytest_collect_file = make_collector(ROOT)
