"""Check Chinese twins against their English pages, as the tests will.

    python -m editions.check docs-zh/information/entropy.md [more pages...]

Prints each problem with the page, and exits 1 if there is any.
"""

from __future__ import annotations

import sys
from pathlib import Path

from examplecheck import prose
from editions import twins


def problems(page: Path) -> list[str]:
    english = twins.twin(page)
    if not english.is_file():
        return [f"no English twin {english.relative_to(twins.ROOT)}"]
    found = twins.differences(english, page)
    if page.suffix == ".md":
        markdown = page.read_text(encoding="utf-8")
        output, included = prose.stated_output(markdown, twins.ROOT)
        found += [f"line {line}: {what}" for line, what in
                  prose.unprinted_numbers(markdown, output, prose.ALLOWED_NUMBERS)]

        def output_of(path):
            if path not in included or not (twins.ROOT / path).is_file():
                return None
            return prose.stated_output(f'--8<-- "{path}"', twins.ROOT)[0]

        found += [f"line {line}: {what}" for line, what in prose.unbacked_claims(markdown, output_of)]
    return found


def main(argv: list[str]) -> int:
    failed = False
    for name in argv:
        page = Path(name).resolve()
        found = problems(page)
        label = page.relative_to(twins.ROOT).as_posix()
        print(f"{label}: " + ("in step with its English twin" if not found else f"{len(found)} problem(s)"))
        for line in found:
            print("  " + line)
        failed |= bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
