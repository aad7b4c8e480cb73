"""Fixtures shared by the site tests."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site built once per test run with `mkdocs build --strict`, into a temporary folder."""
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    return site


def pytest_collection_modifyitems(config, items):
    """Locally `-m "not browser"` may skip the browser stage; in CI nothing is skipped."""
    if os.environ.get("CI") and "browser" in (config.getoption("markexpr") or ""):
        raise pytest.UsageError("CI runs the browser tests too: do not deselect them with -m")
