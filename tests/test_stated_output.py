"""The `#>` checker itself: it must catch every kind of drift, and rewrite nothing but `#>` lines."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from examplecheck.stated_output import ExampleError, check, find_print_sites, rewrite

ROOT = Path(__file__).resolve().parent.parent


def run(source: str):
    return check(textwrap.dedent(source), "example.py")


def test_matching_output_passes():
    _, _, problems = run(
        """
        for i in range(2):
            print("line", i)
            #> line 0
            #> line 1
        print()
        #>
        """
    )
    assert problems == []


def test_a_changed_digit_fails_with_the_line_and_a_diff():
    _, _, problems = run(
        """
        import torch
        print(torch.tensor(0.0680))
        #> tensor(0.0681)
        """
    )
    assert len(problems) == 1
    assert problems[0].startswith("example.py:3: print() output differs")
    assert "-tensor(0.0681)" in problems[0] and "+tensor(0.0680)" in problems[0]


def test_unstated_output_fails():
    _, _, problems = run('print("hello")\n')
    assert problems and "output is not stated" in problems[0]


def test_stated_output_that_is_never_printed_fails():
    _, _, problems = run(
        """
        if False:
            print("never")
            #> never
        """
    )
    assert problems and "-never" in problems[0]


def test_trailing_whitespace_is_ignored_but_nothing_else():
    _, _, ok = run('print("a  ")\n#> a\n')
    _, _, bad = run('print(" a")\n#> a\n')
    assert ok == [] and bad


def test_multi_line_print_statement():
    _, _, problems = run(
        """
        print(
            1,
            2,
        )
        #> 1 2
        """
    )
    assert problems == []


def test_print_inside_a_function_is_attributed_to_its_own_line():
    _, _, problems = run(
        """
        def show(x):
            print("x =", x)
            #> x = 1
            #> x = 2

        show(1)
        show(2)
        """
    )
    assert problems == []


def test_stray_output_line_is_an_error():
    with pytest.raises(ExampleError, match=r"example.py:3: a `#>` output line that is not directly under"):
        run(
            """
            x = 1
            #> 1
            """
        )


def test_two_printing_statements_on_one_line_are_an_error():
    with pytest.raises(ExampleError, match="share a line"):
        run('print(1); print(2)\n#> 1\n')


def test_output_not_from_print_is_an_error():
    with pytest.raises(ExampleError, match="without print"):
        run("import sys\nsys.stdout.write('hidden')\n")


def test_uncaught_warning_is_an_error():
    with pytest.raises(ExampleError, match="emitted warnings it does not show"):
        run("import warnings\nwarnings.warn('careful')\n")


def test_exception_propagates_from_the_example():
    with pytest.raises(ZeroDivisionError):
        run("1 / 0\n")


def test_rewrite_changes_only_stated_lines():
    source = textwrap.dedent(
        """\
        # a comment that stays
        x = 2  # so does this
        print(x * 21)
        #> 41

        for i in range(2):
            print(i)
        print("end")
        #> old
        #> lines
        """
    )
    sites, result, problems = check(source, "example.py")
    assert len(problems) == 3
    new = rewrite(source, sites, result)
    assert new == source.replace("#> 41", "#> 42").replace(
        "    print(i)\n", "    print(i)\n    #> 0\n    #> 1\n"
    ).replace("#> old\n#> lines\n", "#> end\n")
    assert check(new, "example.py")[2] == []


def test_rewrite_is_byte_identical_when_nothing_changed():
    for snippet in sorted((ROOT / "snippets").rglob("*.py"))[:5]:
        source = snippet.read_text(encoding="utf-8")
        sites = find_print_sites(source, str(snippet))
        from examplecheck.stated_output import RunResult

        stated = RunResult({s.first_line: "".join(line + "\n" for line in s.stated) for s in sites})
        assert rewrite(source, sites, stated) == source, snippet


def test_update_outputs_flag_end_to_end(tmp_path):
    """`pytest --update-outputs` fixes a drifted snippet; the normal run then passes, and fails on drift."""
    (tmp_path / "snippets" / "demo").mkdir(parents=True)
    (tmp_path / "docs").mkdir()
    (tmp_path / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n")
    (tmp_path / "conftest.py").write_text(
        "from pathlib import Path\n"
        "from examplecheck.pytest_plugin import make_collector, pytest_addoption, pytest_configure\n"
        "pytest_collect_file = make_collector(Path(__file__).parent)\n"
    )
    snippet = tmp_path / "snippets" / "demo" / "answer.py"
    snippet.write_text("# keep me\nprint(6 * 7)\n#> 41\nprint('ok')  # and me\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def pytest_run(*args):
        return subprocess.run(
            [sys.executable, "-m", "pytest", "-q", *args], cwd=tmp_path, env=env, capture_output=True, text=True
        )

    failed = pytest_run()
    assert failed.returncode == 1
    assert "snippets/demo/answer.py:2: print() output differs" in failed.stdout
    assert "snippets/demo/answer.py:4: print() output is not stated" in failed.stdout

    updated = pytest_run("--update-outputs")
    assert updated.returncode == 0, updated.stdout
    assert snippet.read_text() == "# keep me\nprint(6 * 7)\n#> 42\nprint('ok')  # and me\n#> ok\n"
    assert pytest_run().returncode == 0


def test_a_page_may_skip_a_fence_only_with_a_reason(tmp_path):
    from sybil import Document

    from examplecheck.pytest_plugin import _SkipWithReason

    page = tmp_path / "page.md"
    page.write_text('<!-- skip: next -->\n\n```python\nprint(1)\n```\n')
    with pytest.raises(ValueError, match="a skipped fence must say why"):
        list(_SkipWithReason()(Document(page.read_text(), str(page))))
    page.write_text('<!-- skip: next "needs a GPU" -->\n\n```python\nprint(1)\n```\n')
    assert len(list(_SkipWithReason()(Document(page.read_text(), str(page))))) == 1


def test_python_fences_on_pages_are_run_and_checked(tmp_path):
    from sybil import Document

    from examplecheck.pytest_plugin import _PythonFences

    page = tmp_path / "page.md"
    page.write_text('Text.\n\n```python\nprint(6 * 7)\n#> 41\n```\n\n```python title="x.py"\n--8<-- "nope.py"\n```\n')
    regions = list(_PythonFences()(Document(page.read_text(), str(page))))
    assert len(regions) == 2
    code, include = (region.parsed for region in regions)
    fence_line = page.read_text().count("\n", 0, regions[0].start) + 1  # the collector's example.line
    _, _, problems = check(str(code), "page.md", fence_line)
    assert problems and problems[0].startswith("page.md:4: print() output differs")
    assert str(include).strip() == '--8<-- "nope.py"'
