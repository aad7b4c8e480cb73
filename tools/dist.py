"""Write the downloadable offline copy: dist/site.zip (both editions), and one PDF per
edition: dist/pytorch-training-math.pdf and dist/pytorch-training-math.zh.pdf.

Usage: python tools/dist.py SITE_DIR OUT_DIR   (what `make dist` runs, after `make site`)

The zip holds the built site under one folder; unzipped, its index.html opens from
disk with navigation, search and math (formulas are rendered at build time). The PDF
is the print-site page printed by Debian's Chromium, with every request to another
host refused, so it shows exactly what the offline site shows.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, RequestGuard  # noqa: E402

FOLDER = "pytorch-training-math"
ZIP_NAME = "site.zip"
PDFS = {"": "pytorch-training-math.pdf", "zh": "pytorch-training-math.zh.pdf"}  # edition folder -> PDF


def make_zip(site: Path, out: Path) -> Path:
    """Every file of the built site, in a fixed order, under FOLDER/ (deterministic names and order)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            archive.write(path, f"{FOLDER}/{path.relative_to(site).as_posix()}")
    return out


def print_pdf(site: Path, out: Path, browser=None) -> Path:
    """The printable page of the site, printed to A4 by Chromium from disk.

    `browser` is a running Playwright Chromium (the tests pass theirs); without one,
    Debian's Chromium is started for the job.
    """
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            try:
                return print_pdf(site, out, browser)
            finally:
                browser.close()
    guard = RequestGuard("file://")
    context = browser.new_context()
    context.route("**/*", guard)
    page = context.new_page()
    # The print page is the whole site, about 6 MB of HTML: on a busy 2-core machine
    # Chromium needs more than playwright's default 30 s to parse and lay it out.
    page.goto((site / "print_page.html").as_uri(), wait_until="load", timeout=180_000)
    page.evaluate("document.fonts.ready")
    page.emulate_media(media="print")
    out.parent.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(out), format="A4", print_background=True, outline=True, tagged=True,
             margin={"top": "15mm", "bottom": "15mm", "left": "12mm", "right": "12mm"})
    context.close()
    if guard.blocked:
        raise SystemExit(f"the print page requested other hosts: {guard.blocked}")
    return out


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit(__doc__)
    site, out = Path(argv[0]).resolve(), Path(argv[1]).resolve()
    if not (site / "print_page.html").is_file():
        raise SystemExit(f"{site} holds no built site (print_page.html missing): run `make site` first")
    written = [make_zip(site, out / ZIP_NAME)] + [print_pdf(site / folder, out / name) for folder, name in PDFS.items()]
    for path in written:
        print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(sys.argv[1:])
