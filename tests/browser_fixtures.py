"""The browser and the local server, shared by every browser test module (tests/conftest.py
loads this as a plugin).

One Playwright per process: its sync API refuses to start a second one while the first
runs, so a module that launched its own failed with "Sync API inside the asyncio loop"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, LocalServer


@pytest.fixture(scope="session")
def browser():
    playwright_sync = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: `make deps` installs Debian's chromium", pytrace=False)
    with playwright_sync.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def server(built_site):
    """The built site over HTTP from 127.0.0.1."""
    with LocalServer(built_site) as server:
        yield server
