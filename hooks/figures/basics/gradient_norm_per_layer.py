"""Weight-gradient norm of each layer of the 30-layer MLP, by activation and initialization.

The numbers are those of snippets/basics/vanishing_gradients.py, which keeps every layer's
float64 norm in its `norms` dict: the figure runs that snippet and reads them.
"""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/basics/vanishing_gradients.py"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        norms = runpy.run_path(str(SNIPPET))["norms"]
    figure, axes = plt.subplots(figsize=(7, 3.6))
    for (name, per_layer), style in zip(norms.items(), ["-", "--", "-.", ":"]):
        axes.semilogy(range(1, len(per_layer) + 1), per_layer, style, linewidth=2, label=name)
    axes.set(xlabel="layer (1 = first, nearest the input)", ylabel="weight-gradient norm (float64)",
             ylim=(1e-27, 1e2))
    axes.legend(frameon=False, fontsize=8)
    figure.tight_layout()
    return figure
