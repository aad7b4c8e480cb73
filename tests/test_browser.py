"""The built site as a reader meets it, in Debian's Chromium driven by Playwright.

Every page, over HTTP from 127.0.0.1: no request to any other host, every formula
rendered by KaTeX in light and dark mode, no console error, zero WCAG 2.1 A/AA
violations from axe-core. Then search, the copy button, the site opened from
disk (file://), and the printable page printed to PDF.

Skip locally with `-m "not browser"`; CI refuses to skip them (tests/conftest.py).
A failing page leaves a screenshot in .test-artifacts/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser_support import AXE_RUN_JS, MATH_STATE_JS, PageWatch, RequestGuard, site_pages

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / ".test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def new_context(browser, allowed_prefix: str, **options):
    guard = RequestGuard(allowed_prefix)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **options)
    context.route("**/*", guard)
    return context, guard


def screenshot(page, name: str) -> str:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / (re.sub(r"[^\w.-]+", "_", name) + ".png")
    try:
        page.screenshot(path=str(path), full_page=True)
    except Exception as error:  # the screenshot is a courtesy; never hide the real failure
        return f"(no screenshot: {error})"
    return str(path.relative_to(ROOT))


def math_problems(page, label: str) -> list[str]:
    state = page.evaluate(MATH_STATE_JS)
    problems = []
    if state["rendered"] != state["sources"]:
        problems.append(f"{label}: {state['rendered']} of {state['sources']} formulas rendered; raw: {state['raw']}")
    if state["leftover"]:
        problems.append(f"{label}: raw TeX delimiters left in the text: {state['leftover']}")
    return problems


@pytest.fixture(scope="session")
def light_context(browser, server):
    context, guard = new_context(browser, server.origin, color_scheme="light")
    yield context, guard
    context.close()


@pytest.mark.parametrize("path", site_pages())
def test_page(path, server, light_context):
    """Light mode with every WCAG 2.1 A/AA rule, then the same page switched to dark mode
    (as Material's toggle does) with the colour rules, which are all the switch can change."""
    context, guard = light_context
    guard.blocked.clear()
    page = context.new_page()
    watch = PageWatch().attach(page)
    problems = []
    response = page.goto(f"{server.origin}/{path}", wait_until="load")
    if response is None or response.status != 200:
        problems.append(f"HTTP {response.status if response else 'no response'}")
    page.add_script_tag(path=str(AXE))
    # Material animates colour changes; measure the colours the scheme settles on, not mid-fade.
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")
    for label, scheme in [("light", "default"), ("dark", "slate")]:
        page.evaluate("scheme => document.body.setAttribute('data-md-color-scheme', scheme)", scheme)
        problems += math_problems(page, label)
        for violation in page.evaluate(AXE_RUN_JS, label == "dark"):
            problems.append(f"{label}: axe {violation['id']} ({violation['impact']}): {violation['help']}: {violation['nodes']}")
        if problems:
            problems.append(f"screenshot: {screenshot(page, f'{path}-{label}')}")
            break
    problems += [f"console: {error}" for error in watch.errors]
    problems += [f"request to another host: {url}" for url in guard.blocked]
    page.close()
    assert not problems, f"{path}:\n  " + "\n  ".join(problems)


def test_dark_mode_follows_the_system_preference(browser, server):
    context, guard = new_context(browser, server.origin, color_scheme="dark")
    page = context.new_page()
    page.goto(f"{server.origin}/index.html")
    scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    context.close()
    assert scheme == "slate"
    assert not guard.blocked


def search(page, term: str) -> list[str]:
    """Type `term` into Material's search box and return the result links."""
    page.click("input.md-search__input")
    page.keyboard.type(term)  # Material searches on key events, not on a programmatic fill
    # Material reads the box on keyup. Playwright types a Chinese character as inserted
    # text, with no key event (a reader's input method commits with one), so a Chinese
    # query was only searched if the index happened to load after it was typed.
    page.keyboard.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    return page.eval_on_selector_all(".md-search-result__item a", "links => links.map(a => a.href)")


# (edition, term, a page it must find): Chinese terms are words jieba segments at build time.
SEARCHES = [
    ("", "reduction", "losses/regression.html"),
    ("zh/", "交叉熵", "zh/information/entropy.html"),
    ("zh/", "梯度消失", "zh/basics/activations.html"),
]


@pytest.mark.parametrize("edition, term, expected", SEARCHES)
def test_search_finds_the_page_with_the_term(server, light_context, edition, term, expected):
    context, guard = light_context
    page = context.new_page()
    page.goto(f"{server.origin}/{edition}index.html")
    links = search(page, term)
    assert any(f"/{expected}" in link for link in links), links
    assert all(f"{server.origin}/{edition}" in link for link in links), f"results from the other edition: {links}"
    page.close()
    assert not guard.blocked


def test_copy_button_copies_the_snippet(browser, server):
    context, guard = new_context(browser, server.origin)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.origin)
    page = context.new_page()
    page.goto(f"{server.origin}/losses/regression.html")
    block = page.locator("div.highlight:has(span.filename:has-text('snippets/losses/mse_seed10.py'))")
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    context.close()
    expected = (ROOT / "snippets/losses/mse_seed10.py").read_text(encoding="utf-8")
    assert copied.strip() == expected.strip()
    compile(copied, "pasted.py", "exec")  # a reader's paste is valid Python


# From file://, both editions, a Latin and a Chinese query.
FROM_DISK = [("", "reduction", "losses/regression.html"), ("zh/", "reduction", "losses/regression.html"),
             ("zh/", "归约方式", "losses/regression.html")]


@pytest.mark.parametrize("edition, term, target", FROM_DISK)
def test_site_works_from_disk(browser, built_site, edition, term, target):
    """Opened as files (file://), navigation, math, search and the language menu still
    work, with no request elsewhere."""
    context, guard = new_context(browser, "file://")
    page = context.new_page()
    watch = PageWatch().attach(page)
    page.goto((built_site / edition / "index.html").as_uri())
    page.click("a[href$='losses/regression.html'] >> nth=0")
    page.wait_for_url(f"**/{edition}losses/regression.html")
    problems = math_problems(page, "file://")
    assert page.evaluate("document.querySelectorAll('.arithmatex').length") > 0
    links = search(page, term)
    assert any(f"{edition}{target}" in link for link in links), links
    page.goto((built_site / edition / "losses/regression.html").as_uri())
    other = "en" if edition else "zh"
    twin = page.get_attribute(f"a[hreflang={other}]", "href")
    page.hover(".md-header .md-select")  # Material's language menu opens on hover
    page.click(f".md-header a[hreflang={other}]")
    page.wait_for_url(f"**/{'' if edition else 'zh/'}losses/regression.html")
    assert page.evaluate("document.documentElement.lang") == other, twin
    context.close()
    assert not problems, problems
    assert not watch.errors, watch.errors
    assert not guard.blocked, guard.blocked


@pytest.mark.parametrize("edition", ["", "zh/"])
def test_print_page_prints_to_pdf_with_math(server, light_context, edition):
    context, guard = light_context
    page = context.new_page()
    watch = PageWatch().attach(page)
    # The whole site on one page (about 6 MB of HTML): with two test workers sharing two
    # cores, Chromium can take longer than playwright's default 30 s to load it.
    page.goto(f"{server.origin}/{edition}print_page.html", wait_until="load", timeout=180_000)
    problems = math_problems(page, "print page")
    formulas = page.evaluate("document.querySelectorAll('.arithmatex .katex').length")
    page.close()
    assert not problems, problems
    assert formulas > 1000, formulas
    assert not watch.errors and not guard.blocked, (watch.errors, guard.blocked)


def test_offline_copy_zip(browser, built_site, tmp_path):
    """What `make dist` ships: the zip, unzipped, works from disk (navigation, a formula, a
    figure, search)."""
    import zipfile

    from tools.dist import FOLDER, make_zip

    with zipfile.ZipFile(make_zip(built_site, tmp_path / "site.zip")) as archive:
        archive.extractall(tmp_path / "unzipped")
    copy = tmp_path / "unzipped" / FOLDER
    context, guard = new_context(browser, "file://")
    page = context.new_page()
    watch = PageWatch().attach(page)
    page.goto((copy / "index.html").as_uri())
    page.click("a[href$='losses/regression.html'] >> nth=0")
    page.wait_for_url("**/losses/regression.html")
    problems = math_problems(page, "unzipped copy")
    figure = page.locator("img[src$='regression_losses.svg']")
    figure.scroll_into_view_if_needed()
    loaded = figure.evaluate("img => img.complete && img.naturalWidth > 0")
    links = search(page, "reduction")
    context.close()
    assert not problems and page.url.startswith("file://"), problems
    assert loaded, "the figure did not load from the unzipped copy"
    assert any("losses/regression.html" in link for link in links), links
    assert not watch.errors and not guard.blocked, (watch.errors, guard.blocked)


@pytest.mark.parametrize("edition", ["", "zh/"])
def test_offline_copy_pdf(browser, built_site, tmp_path, edition):
    """What `make dist` ships: each edition's print page, printed by Chromium from disk
    (a test apiece: a minute each, so two workers share them)."""
    from tools.dist import print_pdf

    pdf = print_pdf(built_site / edition, tmp_path / "site.pdf", browser).read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") > 50, f"{edition or 'en'}: {len(pdf)} bytes"


# Two different characters drawn in the page's font: without a CJK font both come out as
# the same empty box, in the page and in the PDF printed from it.
GLYPHS_DIFFER_JS = """() => {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 48;
  const context = canvas.getContext("2d");
  const draw = (text) => {
    context.clearRect(0, 0, 48, 48);
    context.font = `32px ${getComputedStyle(document.body).fontFamily}`;
    context.fillText(text, 4, 40);
    return context.getImageData(0, 0, 48, 48).data.join();
  };
  return draw("交") !== draw("叉");
}"""


def test_chinese_is_drawn_with_a_chinese_font(server, light_context):
    """`make chromium` installs Debian's Noto CJK fonts along with the browser."""
    context, _ = light_context
    page = context.new_page()
    page.goto(f"{server.origin}/zh/information/entropy.html")
    differ = page.evaluate(GLYPHS_DIFFER_JS)
    page.close()
    assert differ, "交 and 叉 draw the same: Chromium has no CJK font (run `make chromium`)"


def test_404_page_says_not_found(server, light_context):
    """GitHub Pages serves 404.html for a missing path; it must be a real page of the site."""
    context, _ = light_context
    page = context.new_page()
    page.goto(f"{server.origin}/404.html")
    assert "404" in page.inner_text("article")
    page.close()


WIDGETS = [  # (page, widget container, a slider's accessible name)
    ("optim/playground.html", ".tm-playground", "lr (η)"),
    ("information/softmax.html", ".tm-softmax", "temperature T"),
]


def test_widgets_answer_the_keyboard_and_fall_back_to_their_static_figure(browser, server):
    """A slider moved with the keyboard changes the widget's live text (aria-live); with
    JavaScript off, and in print, the figure drawn at build time is shown instead."""
    from playwright.sync_api import expect

    context, guard = new_context(browser, server.origin)
    page = context.new_page()
    watch = PageWatch().attach(page)
    for path, selector, slider in WIDGETS:
        page.goto(f"{server.origin}/{path}")
        widget = page.locator(selector)
        live = widget.locator("[aria-live=polite]")
        before = live.inner_text()
        assert before.strip(), f"{path}: the live text is empty"
        widget.get_by_role("slider", name=slider).first.focus()
        page.keyboard.press("ArrowRight")
        expect(live).not_to_have_text(before)
        expect(widget.locator(".tm-static")).to_be_hidden()
        page.emulate_media(media="print")
        expect(widget.locator(".tm-static img")).to_be_visible()
        expect(widget.locator(".tm-ui")).to_be_hidden()
        page.emulate_media(media="screen")
    context.close()
    assert not watch.errors and not guard.blocked, (watch.errors, guard.blocked)

    context, guard = new_context(browser, server.origin, java_script_enabled=False)
    page = context.new_page()
    for path, selector, _ in WIDGETS:
        page.goto(f"{server.origin}/{path}")
        figure = page.locator(f"{selector} .tm-static img")
        figure.scroll_into_view_if_needed()
        expect(figure).to_be_visible()
        assert figure.evaluate("img => img.complete && img.naturalWidth > 0"), f"{path}: the static figure did not load"
        assert page.locator(f"{selector} .tm-ui").count() == 0
    context.close()
    assert not guard.blocked, guard.blocked


WIDGETS_ZH = [  # (Chinese page, widget container, a slider's Chinese accessible name, its English one)
    ("zh/optim/playground.html", ".tm-playground", "学习率 lr (η)", "lr (η)"),
    ("zh/information/softmax.html", ".tm-softmax", "温度 T", "temperature T"),
]
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_widgets_speak_chinese_on_the_chinese_pages(browser, server):
    """On the Chinese edition (<html lang="zh">) the widgets label their sliders and write
    their live text (aria-live) in Chinese, before and after a slider moves."""
    from playwright.sync_api import expect

    context, guard = new_context(browser, server.origin)
    page = context.new_page()
    watch = PageWatch().attach(page)
    for path, selector, slider, english in WIDGETS_ZH:
        page.goto(f"{server.origin}/{path}")
        assert page.evaluate("document.documentElement.lang").startswith("zh"), path
        widget = page.locator(selector)
        live = widget.locator("[aria-live=polite]")
        before = live.inner_text()
        assert CJK.search(before), f"{path}: the live text has no Chinese: {before!r}"
        named = widget.get_by_role("slider", name=slider, exact=True)
        expect(named.first).to_be_attached()
        assert widget.get_by_role("slider", name=english, exact=True).count() == 0, f"{path}: {english!r} is still English"
        named.first.focus()
        page.keyboard.press("ArrowRight")
        expect(live).not_to_have_text(before)
        after = live.inner_text()
        assert CJK.search(after), f"{path}: the live text has no Chinese after a move: {after!r}"
    context.close()
    assert not watch.errors and not guard.blocked, (watch.errors, guard.blocked)
