"""Stated outputs must not depend on how many threads torch uses.

The main run uses torch's default (one thread per core); this runs every snippet
again in a fresh process limited to one thread, in reverse file order, so an output
that depends on the thread count or on which snippet ran before fails here.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_snippets_print_the_same_on_one_thread_in_reverse_order():
    snippets = sorted((ROOT / "snippets").rglob("*.py"), reverse=True)
    # Files named on the command line would also be imported as test modules; -p no:python
    # leaves them to the sybil collector alone, as in the main run.
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:python", *map(str, snippets)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-6000:]
