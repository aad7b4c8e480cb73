"""The Chinese edition stays in step with the English one.

Twins (docs/<path> and docs-zh/<path>) include the same snippets in the same order,
show the same figures, have the same display formulas, code, heading anchors,
admonitions and `shown` markers (editions/twins.py); both navigations list the same
pages in the same order; every built Chinese page says lang="zh" and its language menu
leads to its twin. The numbers and claims of Chinese prose are checked with the English
ones (test_prose_numbers.py, test_claims.py).
"""

import re
import shutil
from pathlib import Path

import pytest
from editions import twins

ROOT = twins.ROOT
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
NOT_PROSE = re.compile(r"^(?P<i>[ \t]*)(`{3,}|~{3,}).*?^(?P=i)\2[ \t]*$|\$\$.*?\$\$|`[^`\n]+`|\$[^$\n]+\$|<!--.*?-->"
                       r"|\]\([^)]*\)|^[ \t]*--8<--.*?$", re.DOTALL | re.MULTILINE)


def unpaired(english: Path, chinese: Path) -> list[str]:
    """Pages of one edition with no twin in the other."""
    def found(folder):
        return {p.relative_to(folder).as_posix() for p in [*folder.rglob("*.md"), *folder.rglob("*_notebook.py")]}

    en, zh = found(english), found(chinese)
    return [f"docs/{p} has no Chinese twin docs-zh/{p}" for p in sorted(en - zh)] + \
           [f"docs-zh/{p} has no English twin docs/{p}" for p in sorted(zh - en)]


def test_every_page_has_a_twin():
    assert not unpaired(twins.EDITIONS["en"], twins.EDITIONS["zh"]), "\n".join(
        unpaired(twins.EDITIONS["en"], twins.EDITIONS["zh"]))


def test_both_navigations_list_every_page_in_the_same_order():
    en, zh = twins.nav_paths(twins.CONFIGS["en"]), twins.nav_paths(twins.CONFIGS["zh"])
    assert zh == en, f"mkdocs.zh.yml's nav differs from mkdocs.yml's:\n  English: {en}\n  Chinese: {zh}"
    assert sorted(en) == twins.pages("en"), "mkdocs.yml's nav and docs/ list different pages"


@pytest.mark.parametrize("page", twins.pages("zh"), ids=str)
def test_twin_keeps_its_english_page(page):
    problems = twins.differences(twins.EDITIONS["en"] / page, twins.EDITIONS["zh"] / page)
    assert not problems, f"docs-zh/{page} drifted from docs/{page}:\n" + "\n".join(problems)


@pytest.mark.parametrize("page", twins.pages("zh"), ids=str)
def test_chinese_twin_is_written_in_chinese(page):
    """A twin that is an English copy would pass every structural check: its prose must be Chinese."""
    source = (twins.EDITIONS["zh"] / page).read_text(encoding="utf-8")
    if page.endswith("_notebook.py"):
        source = twins.split_notebook(source)[0]  # its markdown cells; the code is English
    prose = NOT_PROSE.sub(" ", source)
    chinese, latin = len(CJK.findall(prose)), len(LATIN_WORD.findall(prose))
    assert chinese >= 3 * latin, f"docs-zh/{page}: {chinese} Chinese characters for {latin} Latin words: untranslated?"


# --- the parity checks fail on a deliberately broken twin ---------------------------------


@pytest.fixture
def broken(tmp_path):
    def make(page: str, edit) -> Path:
        copy = tmp_path / Path(page).name
        copy.write_text(edit((twins.EDITIONS["zh"] / page).read_text(encoding="utf-8")), encoding="utf-8")
        return copy

    return make


def test_a_dropped_include_is_reported(broken):
    page = "information/entropy.md"
    copy = broken(page, lambda text: re.sub(r'^[ \t]*--8<--[^\n]*\n', "", text, count=1, flags=re.MULTILINE))
    assert any(p.startswith("includes") for p in twins.differences(twins.EDITIONS["en"] / page, copy))


def test_a_changed_formula_is_reported(broken):
    page = "information/entropy.md"
    copy = broken(page, lambda text: text.replace(r"\log q_c", r"\log_2 q_c", 1))
    problems = twins.differences(twins.EDITIONS["en"] / page, copy)
    assert any(p.startswith("formulas #") for p in problems), problems


def test_a_changed_anchor_or_figure_is_reported(broken):
    page = "information/entropy.md"

    def rename_anchor_and_figure(text):
        text = re.sub(r"^(## [^{\n]*?)[ \t]*(\{#[\w-]+\})?$", r"\1 {#renamed}", text, count=1, flags=re.MULTILINE)
        return text.replace(".svg)", "_old.svg)", 1)

    copy = broken(page, rename_anchor_and_figure)
    problems = twins.differences(twins.EDITIONS["en"] / page, copy)
    assert any(p.startswith("anchors #") for p in problems) and any(p.startswith("images #") for p in problems)


def test_a_missing_page_is_reported(tmp_path):
    english, chinese = tmp_path / "en", tmp_path / "zh"
    shutil.copytree(twins.EDITIONS["en"] / "losses", english / "losses")
    shutil.copytree(twins.EDITIONS["zh"] / "losses", chinese / "losses")
    (chinese / "losses" / "binary.md").unlink()
    assert unpaired(english, chinese) == ["docs/losses/binary.md has no Chinese twin docs-zh/losses/binary.md"]


# --- the built Chinese edition -----------------------------------------------------------


def built_pages(site: Path) -> list[str]:
    return [Path(p).with_suffix(".html").as_posix() for p in twins.pages("en")] + ["print_page.html"]


def test_every_built_page_names_its_language_and_links_its_twin(built_site):
    problems = [f"{prefix}404.html: not <html lang=\"{lang}\">" for lang, prefix in (("en", ""), ("zh", "zh/"))
                if f'<html lang="{lang}"' not in (built_site / prefix / "404.html").read_text(encoding="utf-8")]
    for lang, prefix in (("en", ""), ("zh", "zh/")):
        for page in built_pages(built_site):
            html = (built_site / prefix / page).read_text(encoding="utf-8")
            if f'<html lang="{lang}"' not in html:
                problems.append(f"{prefix}{page}: not <html lang=\"{lang}\">")
            if re.search(r'<link rel="alternate" href="[^"]*" hreflang=', html):
                problems.append(f"{prefix}{page}: Material's alternate <link> is back (its script would reroute the menu)")
            links = dict((code, href) for href, code in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', html))
            for code, target_prefix in (("en", ""), ("zh", "zh/")):
                target = (built_site / prefix / page).parent / links.get(code, "#missing")
                if target.resolve() != (built_site / target_prefix / page).resolve():
                    problems.append(f"{prefix}{page}: the {code} link goes to {links.get(code)}, not to its twin")
    assert not problems, "\n".join(problems)


def test_the_hosted_chinese_build_gets_its_own_address_and_edit_links():
    from types import SimpleNamespace

    from hooks.editions import chinese_options

    hosted = SimpleNamespace(site_dir="/out", strict=True, site_url="https://example.org/math/",
                             edit_uri="https://example.org/repo/edit/main/docs/")
    assert chinese_options(hosted) == {"site_dir": "/out/zh", "strict": True, "site_url": "https://example.org/math/zh/",
                                       "edit_uri": "https://example.org/repo/edit/main/docs-zh/"}
    local = SimpleNamespace(site_dir="/out", strict=True, site_url=None, edit_uri="")
    assert chinese_options(local) == {"site_dir": "/out/zh", "strict": True}
