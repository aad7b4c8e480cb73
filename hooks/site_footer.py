"""MkDocs hook: name, in every page's footer, the torch version all outputs were produced with.

Read from the installed torch rather than typed into mkdocs.yml, so the footer
cannot fall behind a deliberate upgrade (after which `pytest --update-outputs`
refreshes every `#>` line).
"""

import platform

import torch


def on_config(config):
    build = "CPU" if not torch.cuda.is_available() else "CUDA"
    config.copyright = (
        f"Every output on this site was produced by the test suite with torch {torch.__version__} "
        f"({build}) on Python {platform.python_version()}."
    )
    return config
