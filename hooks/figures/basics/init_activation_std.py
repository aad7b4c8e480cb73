"""Per-layer std of a 30-layer MLP's outputs over the batch, by initialization, for tanh and ReLU.

The numbers are those of snippets/basics/init_activation_std_per_layer.py, which keeps them in
its `stds` dict: the figure runs that snippet and reads them.
"""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/basics/init_activation_std_per_layer.py"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        stds = runpy.run_path(str(SNIPPET))["stds"]
    figure, panels = plt.subplots(1, 2, figsize=(9, 3.6), sharey=True)
    for axes, (activation, title) in zip(panels, [("tanh", "tanh"), ("relu", "ReLU")]):
        for init, style in zip(["default", "Xavier", "Kaiming"], ["-", "--", "-."]):
            per_layer = stds[activation, init]
            axes.semilogy(range(1, len(per_layer) + 1), per_layer, style, linewidth=2, label=f"{init} init")
        axes.set(title=title, xlabel="layer (1 = first, nearest the input)", ylim=(1e-14, 3))
    panels[0].set_ylabel("std over the batch (float64)")
    panels[0].legend(frameon=False, fontsize=8)
    figure.tight_layout()
    return figure
