"""MkDocs hook: serve front-end libraries from the site itself, never from a CDN.

Copies the pinned npm packages' browser files (see package.json) into the
built site under assets/vendor/. Nothing is written into docs/.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"

# (folder in node_modules, files or globs inside it, where they go in the site)
ASSETS = [
    ("katex/dist", ["katex.min.css", "fonts/*"], "assets/vendor/katex"),  # CSS and fonts of build-time math
    ("iframe-worker/shim", ["index.js"], "assets/vendor/iframe-worker"),
]


def on_files(files, config):
    for package_dir, patterns, destination in ASSETS:
        source_dir = NODE_MODULES / package_dir
        if not source_dir.is_dir():
            raise PluginError(f"{source_dir} is missing: run `make site` (it runs `npm ci`) to install the front-end assets")
        for pattern in patterns:
            matches = sorted(source_dir.glob(pattern))
            if not matches:
                raise PluginError(f"{source_dir}/{pattern} matched no file; did the npm package change layout?")
            for path in matches:
                uri = f"{destination}/{path.relative_to(source_dir).as_posix()}"
                files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files
