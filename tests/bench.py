"""`make bench`: how fast the snippet suite is, measured on this machine.

Reports wall-clock seconds for
  1. the snippet suite in-process (one pytest run over snippets/, as `make test` runs it),
  2. the same snippets run one `python snippet.py` process each,
  3. the per-snippet overhead of the suite beyond importing torch, on 100 generated snippets,
  4. `mkdocs build --strict` from a cold site directory.
This is a benchmark, not a test: it prints figures and fails only if a step fails.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}


def timed(command, cwd=ROOT) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"bench: {' '.join(map(str, command))} failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return elapsed


def best_of(runs, command, cwd=ROOT) -> float:
    return min(timed(command, cwd) for _ in range(runs))


def generated_project(folder: Path, count: int) -> Path:
    (folder / "snippets" / "generated").mkdir(parents=True)
    (folder / "docs").mkdir()
    (folder / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n")
    (folder / "conftest.py").write_text(
        "from pathlib import Path\n"
        "from examplecheck.pytest_plugin import make_collector, pytest_addoption, pytest_configure\n"
        "pytest_collect_file = make_collector(Path(__file__).parent)\n"
    )
    for i in range(count):
        (folder / "snippets" / "generated" / f"s{i:03}.py").write_text(
            f"import torch\n\nprint(torch.tensor({i}) * 2)\n#> tensor({2 * i})\n"
        )
    return folder


def main() -> None:
    python = sys.executable
    snippets = sorted((ROOT / "snippets").rglob("*.py"))
    print(f"{len(snippets)} snippets, {os.cpu_count()} cores, torch from {python}")

    import_torch = best_of(3, [python, "-c", "import torch"])
    suite = best_of(3, [python, "-m", "pytest", "-q", "snippets"])
    per_process = timed([python, "-c", ";".join(
        f"import subprocess; subprocess.run([{python!r}, {str(s)!r}], check=True, stdout=subprocess.DEVNULL)"
        for s in snippets)])
    print(f"import torch alone:                 {import_torch:6.2f} s")
    print(f"snippet suite, in-process (pytest): {suite:6.2f} s")
    print(f"one process per snippet:            {per_process:6.2f} s  ({per_process / suite:.1f}x the in-process suite)")

    with tempfile.TemporaryDirectory() as folder:
        project = generated_project(Path(folder), 100)
        generated = best_of(3, [python, "-m", "pytest", "-q", "snippets"], cwd=project)
        sample = sorted((project / "snippets").rglob("*.py"))[:10]
        per_process_100 = 10 * sum(timed([python, str(s)]) for s in sample)
    overhead = generated - import_torch
    print(f"100 generated snippets, in-process: {generated:6.2f} s  (overhead beyond import torch: {overhead:.2f} s)")
    print(f"100 generated, one process each:    {per_process_100:6.2f} s  (10 timed, x10; "
          f"{per_process_100 / generated:.0f}x the in-process suite)")

    with tempfile.TemporaryDirectory() as site:
        build = timed([python, "-m", "mkdocs", "build", "--strict", "--site-dir", site])
    print(f"mkdocs build --strict, cold:        {build:6.2f} s")


if __name__ == "__main__":
    main()
