"""One Chinese term per English term, and one title per page, across the Chinese edition.

The glossary (docs-zh/glossary.md, twin of docs/glossary.md) is the source of truth:

- its table gives each English term the one Chinese term the Chinese edition uses; both
  editions have the same rows (English, 中文, page), in alphabetical order of the English;
- its section 译名有分歧的术语 has one bullet per disputed term, `- **<English>**：...`,
  naming a row of the table, and lists the rejected variants in 「」 after 不用:
  `不用「批尺寸」「批量大小」`. The English page's bullet quotes the same variants.

No Chinese page may use a rejected variant in its prose. Prose is what the reader reads
as text (examplecheck/prose.py): not code, not math, not link targets, not HTML
comments, not block quotes (the source posts' own words, which may use any term), and
not text quoted in 「」 or “”, which mentions a term rather than uses it. A variant found
inside a glossary term that contains it (微批 in 微批次) or overlaps it (批量大小 in
小批量大小) is that term, not the variant. A one-character variant (代 for epoch) occurs
inside too many unrelated words to be searched for; the glossary still names it.

A few choices depend on where the term is used; they are the small table SCOPED below,
and their bullets quote them too.

Link texts: a link to a whole page (no #anchor) whose text is a version of that page's
title must use its nav title (mkdocs.zh.yml) or its H1. A text is a version of the
title when it is not part of either (glosses in parentheses and a trailing 一页/页面
aside) but at least three quarters of its words (Latin words, Chinese characters) are
theirs: "Adadelta、NAdam 和 RAdam" for Adadelta、NAdam 与 RAdam is one, while
"训练一个鸢尾花分类器" passes as part of the H1 端到端：训练一个鸢尾花分类器. Descriptive
texts ("熵的页面", "各种归一化层", "自动微分") are free.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from editions import twins
from examplecheck import prose

ROOT = twins.ROOT
ZH, EN = twins.EDITIONS["zh"], twins.EDITIONS["en"]
GLOSSARY = "glossary.md"


@dataclass(frozen=True)
class Rule:
    variant: str  # the rejected Chinese term
    preferred: str  # the glossary's 中文 cell for the term
    english: str  # the glossary row's English cell
    scope: str = ""  # only on pages whose path starts with this ("optim/"); "" is every page

    def applies_to(self, page: str) -> bool:
        return page.startswith(self.scope)


# Choices that depend on where a term is used. (English row, variant, preferred, page prefix, why)
SCOPED = [
    ("moving average", "运行平均", "滑动平均", "optim/",
     "an optimizer's decaying average is 滑动平均; 运行平均值/运行均值 are BatchNorm's running_mean buffers"),
]


# --- the glossary --------------------------------------------------------------------------

ROW = re.compile(r"^\|(?P<english>[^|]+)\|(?P<chinese>[^|]+)\|\s*\[(?P<text>[^\]]+)\]\((?P<target>[^)]+)\)\s*\|\s*$",
                 re.MULTILINE)
BULLET = re.compile(r"^- \*\*(?P<term>[^*]+)\*\*(?P<body>.*?)(?=^- |\Z)", re.MULTILINE | re.DOTALL)
QUOTE = re.compile(r"「([^」]+)」")
REJECTED = re.compile(r"不用((?:「[^」]+」[、和或及与，]?)+)")


@dataclass(frozen=True)
class Row:
    english: str
    chinese: str
    text: str
    target: str


def glossary_rows(markdown: str) -> list[Row]:
    return [Row(*(m.group(k).strip() for k in ("english", "chinese", "text", "target"))) for m in ROW.finditer(markdown)]


def _section(markdown: str, lang: str) -> str:
    """The section on disputed terms: from its heading to the next level-2 heading."""
    heading = r"^## 译名有分歧的术语.*$" if lang == "zh" else r"^## Where Chinese texts disagree.*$"
    start = re.search(heading, markdown, re.MULTILINE)
    assert start, f"{lang} glossary has no section on disputed terms"
    end = re.search(r"^## ", markdown[start.end():], re.MULTILINE)
    return markdown[start.end(): start.end() + end.start() if end else len(markdown)]


def bullets(markdown: str, lang: str) -> dict[str, str]:
    """Bold term -> the bullet's text, for each bullet of the section on disputed terms."""
    return {m.group("term").strip(): m.group("body") for m in BULLET.finditer(_section(markdown, lang))}


def row_for(term: str, rows: list[Row]) -> Row | None:
    """The row whose English cell is the term, or lists it among comma-separated terms."""
    for row in rows:
        names = [row.english] + [re.sub(r"\s*\([^)]*\)", "", n).strip() for n in row.english.split(",")]
        if term in names:
            return row
    return None


def rules_from(markdown: str) -> list[Rule]:
    """The rejected variants that the Chinese glossary lists, each with its preferred term."""
    rows = glossary_rows(markdown)
    rules = []
    for term, body in bullets(markdown, "zh").items():
        variants = [v for clause in REJECTED.findall(body) for v in QUOTE.findall(clause)]
        if not variants:
            continue
        row = row_for(term, rows)
        assert row, f"glossary bullet **{term}** rejects {variants} but names no row of the table"
        rules += [Rule(v, row.chinese, row.english) for v in variants]
    for english, variant, preferred, scope, _ in SCOPED:
        row = row_for(english, rows)
        assert row, f"SCOPED names {english!r}, which is no row of the glossary"
        rules.append(Rule(variant, preferred, row.english, scope))
    return rules


def glossary_terms(markdown: str) -> list[str]:
    """Every Chinese term of the table, glosses in parentheses also removed: 轮（epoch） gives 轮（epoch） and 轮."""
    terms = set()
    for row in glossary_rows(markdown):
        for part in row.chinese.split("，"):
            terms |= {part.strip(), re.sub(r"（[^）]*）", "", part).strip()}
    return sorted(t for t in terms if len(t) >= 2)


# --- a page's prose, line numbers kept -------------------------------------------------------

MENTION = re.compile(r"「[^」]*」|“[^”]*”")
LINK_TARGET = re.compile(r"(?<=\])\([^)]*\)")


def markdown_of(page: str, source: str) -> str:
    """The page as Markdown: a notebook's markdown cells with their `# ` removed, code cells blank."""
    if not page.endswith("_notebook.py"):
        return source
    lines, markdown_cell = [], False
    for line in source.splitlines():
        if line.startswith("# %%"):
            markdown_cell = "markdown" in line
            lines.append("")
        else:
            lines.append(re.sub(r"^# ?", "", line) if markdown_cell else "")
    return "\n".join(lines)


def blocks(markdown: str):
    """(first line, text) of each block of prose, code, display math and block quotes removed."""
    for start, lines in prose._blocks(markdown):
        text = prose.COMMENT.sub(prose._blank, "\n".join(lines))
        yield start, prose.INLINE_MATH.sub(prose._blank, text)


def prose_blocks(markdown: str):
    """As blocks(), with inline code, link targets, attribute lists, HTML tags and 「mentions」 blanked too."""
    for start, text in blocks(markdown):
        for pattern in (prose.INLINE_CODE, LINK_TARGET, prose.ATTR_LIST, prose.HTML_TAG, MENTION):
            text = pattern.sub(prose._blank, text)
        yield start, text


def _loose(term: str) -> re.Pattern:
    """The term as a pattern that may break across a line (a space in it is any whitespace)."""
    parts = [r"\s*" if c.isspace() else re.escape(c) + r"(?:[ \t]*\n[ \t]*)?" for c in term.strip()]
    return re.compile("".join(parts).removesuffix(r"(?:[ \t]*\n[ \t]*)?"))


def _overlaps(term: str, variant: str) -> bool:
    """The term contains the variant, or shares at least two characters with one of its ends."""
    if term in variant:
        return False
    if variant in term:
        return True
    return any(term.endswith(variant[:k]) or term.startswith(variant[-k:])
               for k in range(2, min(len(term), len(variant))))


def rejected_uses(page: str, markdown: str, rules: list[Rule], terms: list[str]) -> list[str]:
    """'page:line: 「variant」 ...' for each use of a rejected variant in the page's prose."""
    found = []
    for start, text in prose_blocks(markdown):
        for rule in rules:
            if len(rule.variant) < 2 or not rule.applies_to(page):
                continue
            masked = text
            for term in terms + [rule.preferred]:
                if _overlaps(term, rule.variant):
                    masked = _loose(term).sub(lambda m: re.sub(r"[^\n]", "\x01", m.group(0)), masked)
            for match in _loose(rule.variant).finditer(masked):
                line = start + masked.count("\n", 0, match.start())
                where = f" on {rule.scope} pages" if rule.scope else ""
                found.append(f"docs-zh/{page}:{line}: 「{rule.variant}」 -> use {rule.preferred}{where}"
                             f" (glossary: {rule.english})")
    return sorted(set(found), key=lambda s: (int(s.split(":")[1]), s))


# --- link texts -----------------------------------------------------------------------------

LINK = re.compile(r"(?<!!)\[(?P<text>[^\[\]]+)\]\((?P<target>[^()\s#]+\.(?:md|py))(?P<anchor>#[^)\s]*)?\)")
SUFFIX = re.compile(r"(?:的|那)?一?页面?$")  # 「熵的页面」「似然一页」「SGD 那一页」: a description, not a title
TOKEN = re.compile(r"[A-Za-z0-9_.\-]+|[\u4e00-\u9fff]")


def nav_titles(config: Path) -> dict[str, str]:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    titles = {}

    def walk(node):
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for title, value in node.items():
                if isinstance(value, str):
                    titles[value] = title
                else:
                    walk(value)

    walk(yaml.load(config.read_text(encoding="utf-8"), Loader=Loader)["nav"])
    return titles


def h1(page: str, source: str) -> str:
    match = re.search(r"^# (.+)$", markdown_of(page, source), re.MULTILINE)
    return re.sub(r"\s*\{[^}]*\}\s*$", "", match.group(1)).strip() if match else ""


def _unglossed(text: str) -> str:
    """A title without code marks and glosses in parentheses: 「Dropout（随机失活）与归一化」 -> Dropout与归一化."""
    return re.sub(r"（[^）]*）|\([^)]*\)", "", text.replace("`", "")).strip()


def is_title_variant(text: str, titles: list[str]) -> bool:
    """The text is a third version of the page's title: not part of one, but most of its words are theirs."""
    text = SUFFIX.sub("", _unglossed(text))
    bare = re.sub(r"\s+", "", text)
    if not bare or any(bare in re.sub(r"\s+", "", t) for title in titles if title
                       for t in (_unglossed(title), title.replace("`", ""))):
        return False
    words = [w.lower() for w in TOKEN.findall(text)]
    known = {w.lower() for t in titles for w in TOKEN.findall(t)}
    return len(words) >= 3 and sum(w in known for w in words) >= 0.75 * len(words)


def title_variants(page: str, markdown: str, titles: dict[str, tuple[str, str]]) -> list[str]:
    """'page:line: ...' for each whole-page link whose text is a third version of the target's title."""
    found = []
    for start, text in blocks(markdown):
        text = prose.INLINE_CODE.sub(lambda m: re.sub(r"[\[\]()]", " ", m.group(0)), text)
        for match in LINK.finditer(text):
            if match.group("anchor") or "://" in match.group("target"):
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page), match.group("target")))
            if target not in titles:
                continue
            nav, heading = titles[target]
            label = " ".join(match.group("text").split())
            if is_title_variant(label, [nav, heading]):
                line = start + text.count("\n", 0, match.start())
                found.append(f"docs-zh/{page}:{line}: [{label}]({match.group('target')}) names the page "
                             f"neither by its nav title 「{nav}」 nor by its H1 「{heading}」: use 「{nav}」")
    return found


# --- the tests ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def glossary() -> str:
    return (ZH / GLOSSARY).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def rules(glossary) -> list[Rule]:
    return rules_from(glossary)


@pytest.fixture(scope="module")
def titles() -> dict[str, tuple[str, str]]:
    nav = nav_titles(twins.CONFIGS["zh"])
    return {page: (title, h1(page, (ZH / page).read_text(encoding="utf-8"))) for page, title in nav.items()}


def sort_key(english: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", english.lower())


def test_both_glossaries_have_the_same_rows_in_alphabetical_order():
    zh = glossary_rows((ZH / GLOSSARY).read_text(encoding="utf-8"))
    en = glossary_rows((EN / GLOSSARY).read_text(encoding="utf-8"))
    assert len(zh) > 50, "the glossary table was not found"
    assert [(r.english, r.chinese, r.target) for r in zh] == [(r.english, r.chinese, r.target) for r in en], \
        "docs/glossary.md and docs-zh/glossary.md list different rows"
    english = [r.english for r in zh]
    assert english == sorted(english, key=sort_key), "the glossary's rows are not in alphabetical order"
    assert len(set(english)) == len(english), "a term has two rows"


def test_chinese_glossary_links_use_nav_titles(titles):
    rows = glossary_rows((ZH / GLOSSARY).read_text(encoding="utf-8"))
    wrong = [f"{r.english}: [{r.text}]({r.target}), nav title 「{titles.get(r.target, ('?',))[0]}」"
             for r in rows if r.target not in titles or r.text != titles[r.target][0]]
    assert not wrong, "glossary link texts that are not the page's nav title:\n" + "\n".join(wrong)


def test_every_disputed_term_is_quoted_alike_in_both_glossaries(glossary, rules):
    rows = glossary_rows(glossary)
    zh = bullets(glossary, "zh")
    en = bullets((EN / GLOSSARY).read_text(encoding="utf-8"), "en")
    assert len(zh) == len(en), f"the two glossaries list different disputed terms:\n  zh: {list(zh)}\n  en: {list(en)}"
    bullet_of = {row_for(term, rows).english: term for term in zh if row_for(term, rows)}
    problems = []
    for rule in rules:
        term = bullet_of.get(rule.english)
        for lang, section in (("Chinese", zh), ("English", en)):
            if term is None or f"「{rule.variant}」" not in section[term]:
                problems.append(f"the {lang} glossary has no bullet for {rule.english} quoting 「{rule.variant}」")
    for term in set(zh) & set(en):
        extra = set(QUOTE.findall(en[term])) - set(QUOTE.findall(zh[term]))
        if extra:
            problems.append(f"the English bullet **{term}** quotes {sorted(extra)}, the Chinese one does not")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", twins.pages("zh"), ids=str)
def test_no_rejected_variant_in_prose(page, glossary, rules):
    markdown = markdown_of(page, (ZH / page).read_text(encoding="utf-8"))
    found = rejected_uses(page, markdown, rules, glossary_terms(glossary))
    assert not found, "terms the glossary rejects (docs-zh/glossary.md, 译名有分歧的术语):\n" + "\n".join(found)


@pytest.mark.parametrize("page", twins.pages("zh"), ids=str)
def test_links_to_a_page_use_its_title(page, titles):
    markdown = markdown_of(page, (ZH / page).read_text(encoding="utf-8"))
    found = title_variants(page, markdown, titles)
    assert not found, "\n".join(found)


# --- the checks fail on a planted variant ----------------------------------------------------------


def test_the_glossary_rejects_the_known_variants(rules):
    rejected = {r.variant: r.preferred for r in rules}
    for variant, preferred in {"批尺寸": "批大小", "微批": "微批次", "激活前的值": "预激活值",
                               "优化器游乐场": "优化器演练场", "优化器实验室": "优化器实验", "时期": "轮（epoch）"}.items():
        assert rejected.get(variant) == preferred, (variant, rejected.get(variant))


def test_a_planted_variant_is_reported(rules, glossary):
    terms = glossary_terms(glossary)
    page = "optim/autograd.md"
    markdown = "\n".join([
        "# 标题 {#title}",
        "",
        "每个微批次的损失取平均，每个微批的梯度加起来，",  # line 3: 微批, not 微批次
        "批尺寸为 8（原文写作「批尺寸」），小批量大小为 16。",  # line 4: 批尺寸 once; the mention and 小批量大小 pass
        "",
        "```python",
        "micro = '微批'  # code",
        "```",
        "",
        "    > 原文：每个时期的批尺寸",  # a block quote: the post's own words
        "",
        "在 $\\text{激活前的值}$ 上，优化器的运行",  # inline math passes; 运行平均 breaks across the line
        "平均随步数衰减。",
        "",
        "[优化器游乐场](playground.md)里的激活前的值",  # link text is prose
    ])
    found = rejected_uses(page, markdown, rules, terms)
    assert [f.split(" -> ")[0] for f in found] == [
        f"docs-zh/{page}:3: 「微批」",
        f"docs-zh/{page}:4: 「批尺寸」",
        f"docs-zh/{page}:12: 「运行平均」",
        f"docs-zh/{page}:15: 「优化器游乐场」",
        f"docs-zh/{page}:15: 「激活前的值」",
    ], found
    assert "use 微批次" in found[0] and "use 批大小" in found[1]
    assert rejected_uses("basics/regularization.md", "BatchNorm 的运行平均值。", rules, terms) == []


def test_a_planted_title_variant_is_reported(titles):
    page = "optim/choosing.md"
    markdown = ("在[优化器实验室](lab_notebook.py)和[优化器实验](lab_notebook.py)里，\n"
                "见[实验室](lab_notebook.py#top)、[训练一个鸢尾花分类器](../training/iris.md)、\n"
                "[自动微分](autograd.md)、[Adadelta、NAdam 和\nRAdam](more_optimizers.md)与"
                "[似然一页](../losses/likelihood.md)、[focal loss（焦点损失）、校准与蒸馏](../losses/beyond.md)。\n")
    found = title_variants(page, markdown, titles)
    assert [f.split(" names ")[0] for f in found] == [
        f"docs-zh/{page}:1: [优化器实验室](lab_notebook.py)",
        f"docs-zh/{page}:3: [Adadelta、NAdam 和 RAdam](more_optimizers.md)",
        f"docs-zh/{page}:4: [focal loss（焦点损失）、校准与蒸馏](../losses/beyond.md)",
    ], found
    assert found[0].endswith("use 「优化器实验（notebook）」")
