"""Read a Markdown page's prose: the numbers it quotes and the claims it makes.

The tests require every number a page's prose quotes to be printed by an example on
that page, and every "exactly / never / always / cannot" to be backed by a marker
naming the example output that shows it (in Chinese pages: 恰好, 从不, 总是, 不可能
and their kin):

    ... the gradient is exactly 0 <!-- shown: snippets/x/y.py "tensor(0.)" -->

Prose here is what a reader reads as text: paragraphs, headings, lists, tables,
admonitions and their titles, image alt text, and inline math (`$0.586$`). Not prose:
fenced code, inline code, display math (`$$`), link targets, HTML comments, block
quotes and text in double quotes (the words of the source posts or of an error
message, not this site's claims).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FENCE = re.compile(r"^[ \t]*(?P<mark>`{3,}|~{3,})")
ADMONITION = re.compile(r'^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$')
SHOWN = re.compile(r'<!--\s*shown:\s*(?P<path>\S+)\s+"(?P<text>(?:[^"\\]|\\.)*)"\s*-->')
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)(?P<tex>(?:[^$\\]|\\.)+?)\$|\\\((?P<tex2>.+?)\\\)")
LINK = re.compile(r"!?\[(?P<text>[^\]]*)\]\([^)]*\)")
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
ATTR_LIST = re.compile(r"\{:?[ \t]*[#.][^}]*\}")
QUOTED = re.compile(r'"[^"\n]*(?:\n[^"\n]*)?"|“[^”]*”')
MARKER_SENTINEL = "\x00"

# A number as prose writes it: 1.4795, 246,784, 5e-26, 7.29 \times 10^{-8} (inside math).
NUMBER = re.compile(
    r"(?<![A-Za-z0-9_.\\])(?P<mantissa>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?:[eE](?P<exp>[-+−]?\d+))|(?:[ \t]*(?:\\times|×|\\cdot)[ \t]*10\^\{?(?P<texexp>[-+−]?\d+)\}?))?"
    r"(?![A-Za-z0-9_]|\.\d)"
)
# The same in program output, where a number may touch letters ("tensor(0.5000", "lr=0.1").
OUTPUT_NUMBER = re.compile(r"(?P<mantissa>\d+(?:\.\d+)?)(?:[eE](?P<exp>[-+]?\d+))?")
EXACT_WORDS = re.compile(r"(?:\b(?:exactly|precisely)\W+(?:\w+\W+)?|(?:恰好|恰为|精确地)(?:为|是|等于)?\s*)$", re.IGNORECASE)
# English claim words, and their Chinese counterparts (which touch the words around them).
CLAIM_WORDS = re.compile(r"\b(?:exactly|never|always|cannot|can't|can ?not)\b"
                         r"|恰好|恰为|精确地|从不|从未|永不|绝不|总是|始终|永远|不可能", re.IGNORECASE)
VERSION = re.compile(r"\d+\.\d+\.\d+")
ARXIV = re.compile(r"\d{4}\.\d{4,5}\b")  # arXiv identifiers, 1412.6980: a name, not a quantity
YEAR = re.compile(r"(?:19|20)\d\d")
INCLUDE = re.compile(r'^[ \t]*--8<--[ \t]+"(?P<path>[^"]+)"', re.MULTILINE)
STATED = re.compile(r"^[ \t]*#>(?: (?P<text>.*))?$", re.MULTILINE)


@dataclass(frozen=True)
class Number:
    """A number as written: its digits (no sign, no thousands commas) and its power of ten."""

    mantissa: str
    exponent: int = 0

    @property
    def significant_digits(self) -> int:
        digits = self.mantissa.replace(".", "").lstrip("0")
        if "." not in self.mantissa:
            digits = digits.rstrip("0")  # 1000 has one significant digit, 0.0700 has three
        return len(digits)

    @property
    def value(self) -> float:
        return float(self.mantissa) * 10.0**self.exponent

    def __str__(self) -> str:
        return self.mantissa + (f"e{self.exponent}" if self.exponent else "")


def _number(match: re.Match) -> Number:
    exponent = match.groupdict().get("exp") or match.groupdict().get("texexp") or "0"
    return Number(match.group("mantissa").replace(",", ""), int(exponent.replace("−", "-")))


def output_numbers(text: str) -> set[Number]:
    return {_number(m) for m in OUTPUT_NUMBER.finditer(text)}


@dataclass
class ProseNumber:
    line: int
    number: Number
    written: str
    after_exactly: bool  # "exactly 0": checked whatever its digits


@dataclass
class Marker:
    line: int
    path: str
    text: str


@dataclass
class Claim:
    line: int
    word: str
    marker: Marker | None  # the first marker after it in its paragraph, if any


@dataclass
class Prose:
    numbers: list[ProseNumber] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)


def _blank(match: re.Match) -> str:
    """Replace a match by spaces, keeping its newlines so later offsets keep their line."""
    return re.sub(r"[^\n]", " ", match.group(0))


def _blocks(markdown: str):
    """(first line number, lines) of each paragraph-like block of prose, code and display math removed."""
    block: list[str] = []
    start = 0
    fence = None
    in_display_math = False
    for number, line in enumerate(markdown.splitlines(), start=1):
        if fence:
            if line.strip().startswith(fence):
                fence = None
            line = ""
        elif FENCE.match(line):
            fence = FENCE.match(line).group("mark")
            line = ""
        elif in_display_math or line.strip().startswith("$$"):
            stripped = line.strip()
            closes = stripped.endswith("$$") and (in_display_math or (len(stripped) > 2 and stripped.count("$$") >= 2))
            in_display_math = not closes
            line = ""
        elif re.match(r"^[ \t]*>", line):  # a block quote: the posts' own words
            line = ""
        else:
            admonition = ADMONITION.match(line)
            if admonition:
                line = admonition.group("indent") + (admonition.group("title") or "")
        if line.strip():
            if not block:
                start = number
            block.append(line)
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


def read(markdown: str) -> Prose:
    prose = Prose()
    for start, lines in _blocks(markdown):
        text = "\n".join(lines)
        markers: dict[int, Marker] = {}

        def keep_marker(match: re.Match) -> str:
            line = start + text.count("\n", 0, match.start())
            markers[match.start()] = Marker(line, match.group("path"), match.group("text").replace('\\"', '"'))
            return MARKER_SENTINEL + " " * (len(match.group(0)) - 1)

        text = SHOWN.sub(keep_marker, text)
        text = COMMENT.sub(_blank, text)
        text = INLINE_CODE.sub(_blank, text)
        maths: list[tuple[int, str]] = []

        def keep_math(match: re.Match) -> str:
            maths.append((match.start(), match.group("tex") or match.group("tex2")))
            return _blank(match)

        text = INLINE_MATH.sub(keep_math, text)
        text = LINK.sub(lambda m: m.group("text") + " " * (len(m.group(0)) - len(m.group("text"))), text)
        text = HTML_TAG.sub(_blank, text)
        text = ATTR_LIST.sub(_blank, text)
        text = re.sub(r"\[\^[^\]]+\]", _blank, text)  # footnote references
        unquoted = QUOTED.sub(_blank, text)

        def line_of(offset: int) -> int:
            return start + text.count("\n", 0, offset)

        for match in NUMBER.finditer(unquoted):
            if VERSION.match(unquoted, match.start()) or ARXIV.match(unquoted, match.start()):
                continue
            before = unquoted[max(0, match.start() - 30): match.start()]
            prose.numbers.append(ProseNumber(line_of(match.start()), _number(match), match.group(0),
                                             bool(EXACT_WORDS.search(before))))
        for offset, tex in maths:
            for match in NUMBER.finditer(tex):
                number = _number(match)
                if "." in number.mantissa or number.exponent:  # decimals, not a formula's integers
                    prose.numbers.append(ProseNumber(line_of(offset), number, match.group(0), False))

        ordered = sorted(markers.items())
        prose.markers += [m for _, m in ordered]
        for match in CLAIM_WORDS.finditer(unquoted):
            following = next((m for offset, m in ordered if offset > match.start()), None)
            prose.claims.append(Claim(line_of(match.start()), match.group(0), following))
    return prose


# Numbers that are not outputs, as written on the pages, and why.
ALLOWED_NUMBERS = {
    "3.11": "the Python version the site is built with",
    "0.999": "Adam's default beta_2, a constant of the API",
}


# --- the checks the tests run ------------------------------------------------------------


def stated_output(markdown: str, root) -> tuple[str, list[str]]:
    """Everything the page's examples state they print: its own fences' `#>` lines and
    those of every snippet it includes; and the paths of those snippets."""
    paths = [m.group("path") for m in INCLUDE.finditer(markdown)]
    texts = [markdown] + [(root / p).read_text(encoding="utf-8") for p in paths if (root / p).is_file()]
    return "\n".join(m.group("text") or "" for text in texts for m in STATED.finditer(text)), paths


def unprinted_numbers(markdown: str, output: str, allowed: dict[str, str]) -> list[tuple[int, str]]:
    """(line, what is wrong) for each number the prose quotes that no example prints.

    Checked: every number with 3 or more significant digits (years and arXiv ids
    aside), which must appear as written in the output; and any number right after
    "exactly", whose value must be printed. `allowed` maps numbers as written to why
    they are not outputs (a default hyper-parameter, a version).
    """
    printed = output_numbers(output)
    values = {n.value for n in printed}
    misses = []
    for found in read(markdown).numbers:
        number = found.number
        if str(number) in allowed or found.written in allowed:
            continue
        is_year = YEAR.fullmatch(number.mantissa) is not None and not number.exponent
        if number.significant_digits >= 3 and not is_year:
            if number not in printed:
                misses.append((found.line, f"{found.written!r} is not printed by any example on this page"))
        elif found.after_exactly and number.value not in values:
            misses.append((found.line, f"'exactly {found.written}': no example on this page prints that value"))
    return misses


def unbacked_claims(markdown: str, output_of) -> list[tuple[int, str]]:
    """(line, what is wrong) for each claim word with no valid `shown` marker after it.

    `output_of(path)` returns the stated output of a snippet the page includes, or
    None when the page does not include that path.
    """
    prose = read(markdown)
    starts = [(markdown.count("\n", 0, m.start()) + 1,
               "a marker that starts a line ends the paragraph on the rendered page: move it to the end of the line above")
              for m in re.finditer(r"^[ \t]*<!--\s*shown:", markdown, re.MULTILINE)]
    misses = starts + [(c.line, f"{c.word!r} is not backed: add <!-- shown: snippets/... \"output\" --> after the "
                       "claim, naming the output that shows it, or reword the claim")
              for c in prose.claims if c.marker is None]
    for marker in prose.markers:
        output = output_of(marker.path)
        if output is None:
            misses.append((marker.line, f"the marker names {marker.path}, which this page does not include"))
        elif marker.text not in output:
            misses.append((marker.line, f"{marker.path} does not print {marker.text!r}"))
    return sorted(misses)
