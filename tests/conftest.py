"""Fixtures shared by the site tests.

The site is built once per run, also when pytest-xdist runs the tests in several
worker processes: the build starts in the background as soon as the tests are
collected (so snippets run while it builds), the first process to take a lock in
the run's shared temporary folder builds, and every other one waits for that lock
and reads the outcome, a failure included, instead of building again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from filelock import FileLock

ROOT = Path(__file__).resolve().parent.parent
SITE_FIXTURE = "built_site"

pytest_plugins = ["tests.browser_fixtures"]  # browser and server, for every browser test


class SiteBuild:
    """`mkdocs build --strict` of both editions into `root`/site, once for every process of a run."""

    def __init__(self, root: Path):
        self.site = root / "site"
        self.outcome_file = root / "site-build.json"
        self.lock = FileLock(root / "site-build.lock")
        self.process: subprocess.Popen | None = None
        self.outcome: dict | None = None
        self.error: BaseException | None = None
        self.stopped = False
        self.thread = threading.Thread(target=self._build_or_wait, name="site build", daemon=True)
        self.thread.start()

    def _build_or_wait(self) -> None:
        try:
            with self.lock:  # held by the builder until its outcome is written
                if not self.outcome_file.exists():
                    self._build()
            self.outcome = json.loads(self.outcome_file.read_text(encoding="utf-8"))
        except BaseException as error:  # handed to the tests by result()
            self.error = error

    def _build(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(self.site)],
            cwd=ROOT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        stdout, stderr = self.process.communicate()
        outcome = {
            "returncode": self.process.returncode,
            "stdout": stdout,
            "stderr": stderr,
            "built_by": os.environ.get("PYTEST_XDIST_WORKER", "the main process"),
            "stopped": self.stopped,
        }
        partial = self.outcome_file.with_suffix(".part")
        partial.write_text(json.dumps(outcome), encoding="utf-8")
        partial.replace(self.outcome_file)

    def result(self) -> dict:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.outcome

    def stop(self) -> None:
        """End a build nobody will wait for (the run stops early); its outcome says so."""
        if self.process is not None and self.process.poll() is None:
            self.stopped = True
            self.process.terminate()
        self.thread.join()


_site_build_key = pytest.StashKey[SiteBuild]()


def site_build(config: pytest.Config) -> SiteBuild:
    """This run's build, started on first use. Its folder is the run's temporary folder,
    or under pytest-xdist the folder the workers' own temporary folders are in."""
    if _site_build_key not in config.stash:
        root = config._tmp_path_factory.getbasetemp()  # what the tmp_path_factory fixture returns
        if os.environ.get("PYTEST_XDIST_WORKER"):
            root = root.parent  # <run>/popen-gw0 -> <run>, shared by every worker of this run
        config.stash[_site_build_key] = SiteBuild(root)
    return config.stash[_site_build_key]


@pytest.fixture(scope="session")
def built_site(request) -> Path:
    """The site built once per test run with `mkdocs build --strict`, into a temporary folder."""
    outcome = site_build(request.config).result()
    if outcome["stopped"]:
        pytest.fail(f"the site build was stopped: the run stopped early in {outcome['built_by']}", pytrace=False)
    if outcome["returncode"] != 0:
        pytest.fail(
            f"mkdocs build --strict failed (built by {outcome['built_by']}):\n{outcome['stdout']}\n{outcome['stderr']}",
            pytrace=False,
        )
    return site_build(request.config).site


def pytest_configure(config):
    """Locally `-m "not browser"` may skip the browser stage; in CI nothing is skipped.

    Checked before collection: under pytest-xdist the workers collect, and a usage error
    raised there would reach the developer as an INTERNALERROR without this message."""
    if os.environ.get("CI") and "browser" in (config.getoption("markexpr") or ""):
        raise pytest.UsageError("CI runs the browser tests too: do not deselect them with -m")


def pytest_collection_modifyitems(config, items):
    """The tests that need the built site run last (in their own order), so that the rest
    of the suite runs while the site builds."""
    needs_site = [item for item in items if SITE_FIXTURE in getattr(item, "fixturenames", ())]
    if needs_site:
        items[:] = [item for item in items if SITE_FIXTURE not in getattr(item, "fixturenames", ())] + needs_site


def pytest_collection_finish(session):
    """Start building as soon as it is known that a selected test needs the site."""
    if session.config.option.collectonly:
        return
    if any(SITE_FIXTURE in getattr(item, "fixturenames", ()) for item in session.items):
        site_build(session.config)


def pytest_sessionfinish(session):
    """A run that stops early (-x, --maxfail, Ctrl-C) does not wait for a build it will not use."""
    build = session.config.stash.get(_site_build_key, None)
    if build is None:
        return
    if session.shouldstop or session.shouldfail:
        build.stop()
    else:
        build.thread.join()  # another worker may still be waiting for this build's outcome
