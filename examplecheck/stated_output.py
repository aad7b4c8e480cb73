"""Run example code and compare what each print() prints with the `#>` lines under it.

A snippet states its output Pydantic-style: directly under each statement that
calls print(), `#> ` comment lines hold exactly what that statement prints
(every time it runs, in order). This module finds those "print sites", runs the
code in a fresh namespace with print() captured per site, reports any
difference as a unified diff, and can rewrite the `#>` lines in place.

It knows nothing about pytest or sybil; examplecheck/pytest_plugin.py plugs it in.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import difflib
import io
import re
import sys
import traceback
import warnings
from dataclasses import dataclass, field

STATED_LINE = re.compile(r"^(?P<indent>[ \t]*)#>(?: (?P<text>.*)|(?P<empty>))$")


class ExampleError(AssertionError):
    """An example is malformed or its output differs; the message names file and line."""


@dataclass
class PrintSite:
    """A statement that calls print(), and the `#>` block stated under it."""

    first_line: int  # 1-based, first line of the statement
    last_line: int  # 1-based, last line of the statement
    indent: str  # indentation of the statement, reused when rewriting
    stated_start: int  # 1-based line where the `#>` block starts (last_line + 1)
    stated: list[str] = field(default_factory=list)  # stated output lines

    @property
    def stated_end(self) -> int:
        """1-based line just after the `#>` block."""
        return self.stated_start + len(self.stated)


def _calls_print(node: ast.AST) -> bool:
    return any(
        isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == "print"
        for sub in ast.walk(node)
    )


def _simple_statements(tree: ast.AST):
    """Statements without a body of their own (an `if` or `for` holds statements, it is not one)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt) and not any(
            isinstance(getattr(node, name, None), list) and getattr(node, name)
            and isinstance(getattr(node, name)[0], ast.stmt)
            for name in ("body", "orelse", "finalbody", "handlers")
        ):
            yield node


def find_print_sites(source: str, filename: str, line_offset: int = 0) -> list[PrintSite]:
    """Locate every print-calling statement and the `#>` lines stated under it.

    `line_offset` shifts reported line numbers (code taken from inside a Markdown page).
    Raises ExampleError for a `#>` line that belongs to no print and for two
    printing statements on one line (their output could not be told apart).
    """
    try:
        tree = ast.parse(source, filename)
    except SyntaxError as error:
        raise ExampleError(f"{filename}:{(error.lineno or 0) + line_offset}: does not parse: {error.msg}")
    lines = source.splitlines()
    sites: dict[int, PrintSite] = {}
    for stmt in _simple_statements(tree):
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) or not _calls_print(stmt):
            continue
        if stmt.lineno in sites or any(s.first_line <= stmt.lineno <= s.last_line for s in sites.values()):
            raise ExampleError(
                f"{filename}:{stmt.lineno + line_offset}: two statements that print share a line; "
                "put each on its own line so their stated outputs can be told apart"
            )
        indent = re.match(r"[ \t]*", lines[stmt.lineno - 1]).group(0)
        site = PrintSite(stmt.lineno, stmt.end_lineno, indent, stmt.end_lineno + 1)
        for text in lines[stmt.end_lineno:]:
            match = STATED_LINE.match(text)
            if not match:
                break
            site.stated.append(match.group("text") or "")
        sites[stmt.lineno] = site
    claimed = {n for s in sites.values() for n in range(s.stated_start, s.stated_end)}
    for number, text in enumerate(lines, start=1):
        if STATED_LINE.match(text) and number not in claimed:
            raise ExampleError(
                f"{filename}:{number + line_offset}: a `#>` output line that is not directly "
                "under a statement that calls print()"
            )
    return sorted(sites.values(), key=lambda s: s.first_line)


@dataclass
class RunResult:
    printed: dict[int, str]  # first line of the print site -> everything it printed


def run_example(source: str, filename: str, sites: list[PrintSite], line_offset: int = 0) -> RunResult:
    """Execute `source` as `__main__` in a fresh namespace, capturing print() per site.

    Exceptions propagate with tracebacks into `filename` (compiled under that name).
    Output that does not come from print(), and warnings the example does not catch
    itself, are errors: a reader running the file would see text the page does not state.
    """
    __tracebackhide__ = True
    printed: dict[int, str] = {s.first_line: "" for s in sites}

    def site_for(line: int) -> int:
        for s in sites:
            if s.first_line <= line <= s.last_line:
                return s.first_line
        raise ExampleError(f"{filename}:{line + line_offset}: print() called from a line with no print site")

    def captured_print(*args, sep=" ", end="\n", file=None, flush=False):
        if file not in (None, sys.stdout, sys.stderr):
            return builtins.print(*args, sep=sep, end=end, file=file, flush=flush)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename != filename:
            frame = frame.f_back
        if frame is None:
            raise ExampleError(f"{filename}: print() called from outside the example")
        buffer = io.StringIO()
        builtins.print(*args, sep=sep, end=end, file=buffer)
        printed[site_for(frame.f_lineno - line_offset)] += buffer.getvalue()

    code = compile("\n" * line_offset + source, filename, "exec")
    namespace = {"__name__": "__main__", "__file__": filename, "__builtins__": builtins, "print": captured_print}
    stray = io.StringIO()
    with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(stray):
        warnings.simplefilter("always")
        exec(code, namespace)
    if stray.getvalue():
        raise ExampleError(
            f"{filename}: wrote to stdout without print(), so no `#>` block can state it:\n{stray.getvalue()}"
        )
    if caught:
        shown = "\n".join(f"  {w.filename}:{w.lineno}: {w.category.__name__}: {w.message}" for w in caught)
        raise ExampleError(
            f"{filename}: emitted warnings it does not show; catch and print them, or fix the cause:\n{shown}"
        )
    return RunResult(printed)


def format_raised(error: BaseException, filename: str) -> str:
    """A traceback that starts at the example's own frame, without the runner's frames above it."""
    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != filename:
        tb = tb.tb_next
    lines = traceback.format_exception(type(error), error, tb or error.__traceback__)
    where = f"{filename}:{tb.tb_lineno}" if tb else filename
    return f"{where}: raised {type(error).__name__}\n" + "".join(lines).rstrip()


def _normalise(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def differences(sites: list[PrintSite], result: RunResult, filename: str, line_offset: int = 0) -> list[str]:
    """One message per print site whose output differs from its `#>` lines."""
    problems = []
    for site in sites:
        actual = _normalise(result.printed[site.first_line])
        stated = [line.rstrip() for line in site.stated]
        if actual == stated:
            continue
        where = f"{filename}:{site.first_line + line_offset}"
        if not stated:
            headline = f"{where}: print() output is not stated; add `#> ` lines under it"
        else:
            headline = f"{where}: print() output differs from the `#>` lines under it"
        diff = difflib.unified_diff(stated, actual, "stated (#> lines)", "printed", lineterm="", n=2)
        problems.append(headline + "\n" + "\n".join(diff))
    return problems


def rewrite(source: str, sites: list[PrintSite], result: RunResult) -> str:
    """Return `source` with every `#>` block replaced by what was printed; nothing else changes."""
    lines = source.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    for site in sorted(sites, key=lambda s: s.first_line, reverse=True):
        block = [
            f"{site.indent}#> {line}{newline}" if line else f"{site.indent}#>{newline}"
            for line in _normalise(result.printed[site.first_line])
        ]
        start, end = site.stated_start - 1, site.stated_end - 1
        if block and start >= len(lines) and not lines[-1].endswith("\n"):
            lines[-1] += newline  # the print is the file's last line, without a newline
        lines[start:end] = block
    return "".join(lines)


def check(source: str, filename: str, line_offset: int = 0) -> tuple[list[PrintSite], RunResult, list[str]]:
    """Find sites, run, compare: the one call the test collector needs."""
    __tracebackhide__ = True
    sites = find_print_sites(source, filename, line_offset)
    result = run_example(source, filename, sites, line_offset)
    return sites, result, differences(sites, result, filename, line_offset)
