"""Stated outputs must not depend on the CPU's vector width, the thread count or the order.

The main run uses torch's fastest kernels for this CPU (AVX2 or AVX-512 here) with one
thread per core. This runs every snippet and page fence again in a fresh process with
torch's plain C++ kernels (ATEN_CPU_CAPABILITY=default, no SIMD), one thread, in
reverse file order: an output that depends on any of the three fails here, with the
file, the line and the diff. Readers' machines differ; the pages must not.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Prints the kernel set torch really dispatches to, then runs pytest on the files given.
RUNNER = (
    "import sys, torch, pytest\n"
    "print('cpu capability:', torch.backends.cpu.get_cpu_capability())\n"
    "sys.exit(pytest.main(sys.argv[1:]))\n"
)


def test_examples_print_the_same_without_simd_on_one_thread_in_reverse_order():
    examples = sorted((ROOT / "snippets").rglob("*.py"), reverse=True) + sorted((ROOT / "docs").rglob("*.md"))
    env = {**os.environ, "ATEN_CPU_CAPABILITY": "default", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    # Files named on the command line would also be imported as test modules; -p no:python
    # leaves them to the sybil collector alone, as in the main run.
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, "-q", "-p", "no:python", *map(str, examples)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    assert result.stdout.startswith("cpu capability: DEFAULT"), result.stdout[:200]
    assert result.returncode == 0, result.stdout[-6000:]
