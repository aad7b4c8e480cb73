"""MkDocs hook: every snippet can be downloaded, and each code block's title links to its file.

The snippet files are served at the same path as in the repository
(snippets/<chapter>/<name>.py). A fence titled with a snippet's path gets that
title turned into a download link.
"""

import posixpath
import re
from pathlib import Path

from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
TITLE = re.compile(r'<span class="filename">(snippets/[\w/.-]+\.py)</span>')


def on_files(files, config):
    for path in sorted((ROOT / "snippets").rglob("*.py")):
        files.append(File.generated(config, path.relative_to(ROOT).as_posix(), abs_src_path=str(path)))
    return files


def on_page_content(html, page, config, files):
    page_dir = posixpath.dirname(page.file.dest_uri)

    def link(match):
        target = match.group(1)
        href = posixpath.relpath(target, page_dir or ".")
        return (
            f'<span class="filename"><a href="{href}" download title="Download {target}">{target}</a></span>'
        )

    return TITLE.sub(link, html)

