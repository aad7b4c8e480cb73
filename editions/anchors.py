"""Print a page's heading anchors in order, for the `{#id}` of its Chinese twin's headings.

    python -m editions.anchors docs/information/entropy.md
"""

import sys
from pathlib import Path

from editions import twins

if __name__ == "__main__":
    for name in sys.argv[1:]:
        for anchor in twins.read(Path(name).resolve()).anchors:
            level, ident = anchor.split("#", 1)
            print(f"{'#' * int(level[1:])} {{#{ident}}}")
