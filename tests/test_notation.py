"""One meaning per symbol: every symbol a page's display math uses is listed on the notation page.

Symbols here are the ones that clash in practice: Greek letters, decorated letters
(\\hat v, \\bar x, \\tilde p) and named operators (\\operatorname{Var}). Latin letters are too
many to list usefully; the notation page still names them. A few uses that would give
a symbol a second meaning are refused outright.
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
NOTATION = DOCS / "notation.md"

GREEK = (r"\\(?:var)?(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|"
         r"tau|upsilon|phi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Upsilon|Phi|Psi|Omega)(?![a-zA-Z])")
DECORATED = r"\\(?:hat|bar|tilde)\s*(?:\{\s*\\?[A-Za-z]+\s*\}|\\[A-Za-z]+|[A-Za-z])"
OPERATOR = r"\\operatorname\*?\{[^}]+\}"
SYMBOL = re.compile(f"{GREEK}|{DECORATED}|{OPERATOR}")
DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
TABLE_SYMBOL = re.compile(r"^\|\s*\$(?P<tex>[^$]+)\$", re.MULTILINE)

# Uses that would give a listed symbol a second meaning, and what to write instead.
SECOND_MEANINGS = {
    r"\\sigma\s*(?:_\{?[A-Za-z]+\}?)?\s*\^\s*\{?2": "sigma is the sigmoid: write a variance as \\operatorname{Var}",
    r"\\sigma_\{?B": "sigma is the sigmoid: write batch statistics as \\operatorname{E}_B and \\operatorname{Var}_B",
}


def canonical(symbol: str) -> str:
    """\\hat{v} and \\hat v are one symbol."""
    symbol = re.sub(r"\s+", "", symbol)
    decorated = re.fullmatch(r"\\(hat|bar|tilde)\{?(\\?[A-Za-z]+)\}?", symbol)
    return f"\\{decorated.group(1)}{{{decorated.group(2)}}}" if decorated else symbol


def symbols_in(tex: str) -> set[str]:
    return {canonical(s) for s in SYMBOL.findall(tex)}


def listed_symbols() -> list[str]:
    return [s for match in TABLE_SYMBOL.finditer(NOTATION.read_text(encoding="utf-8"))
            for s in symbols_in(match.group("tex"))]


PAGES = sorted(p for p in DOCS.rglob("*.md") if p != NOTATION)


def test_the_notation_page_lists_each_symbol_once():
    listed = [s for match in TABLE_SYMBOL.finditer(NOTATION.read_text(encoding="utf-8"))
              for s in [canonical(match.group("tex").strip())]]
    repeated = sorted({s for s in listed if listed.count(s) > 1})
    assert listed, "docs/notation.md lists no symbols (rows of a table whose first cell is $...$)"
    assert not repeated, f"docs/notation.md lists these symbols twice (one meaning each): {repeated}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_display_math_uses_only_listed_symbols(page):
    text = page.read_text(encoding="utf-8")
    listed = set(listed_symbols())
    problems = []
    for match in DISPLAY_MATH.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        for symbol in sorted(symbols_in(match.group(1)) - listed):
            problems.append(f"{page.relative_to(ROOT)}:{line}: ${symbol}$ is not on the notation page")
        for pattern, why in SECOND_MEANINGS.items():
            if re.search(pattern, match.group(1)):
                problems.append(f"{page.relative_to(ROOT)}:{line}: {why}")
    assert not problems, "\n".join(problems)
