"""The optimizer playground's opening state, drawn at build time: the static twin of the widget.

The runs come from snippets/optim/playground_default_runs.py (torch.optim, float64); the view
and contour levels are those of docs/assets/widgets/playground.js for the valley.
"""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt
import torch

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/optim/playground_default_runs.py"
LEVELS = [0.02, 0.1, 0.5, 1, 2, 4, 8, 16, 32, 64]
COLORS = ["#1d5bbf", "#b5400b", "#17733a"]
STYLES = ["-", "--", ":"]


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        run = runpy.run_path(str(SNIPPET))
    grid0, grid1 = torch.meshgrid(torch.linspace(-2, 2, 121), torch.linspace(-1.5, 1.5, 91), indexing="xy")
    figure, (left, right) = plt.subplots(1, 2, figsize=(9, 3.6))
    left.contour(grid0.numpy(), grid1.numpy(), run["valley"]((grid0, grid1)).numpy(), levels=LEVELS,
                 colors="gray", linewidths=0.6)
    for (name, options), path, loss, color, style in zip(run["runs"], run["paths"], run["losses"], COLORS, STYLES):
        label = f"{name}(" + ", ".join(f"{k}={v}" for k, v in options.items()) + ")"
        points = torch.tensor(path)
        left.plot(points[:, 0], points[:, 1], style, color=color, linewidth=1.5, label=label)
        right.semilogy(range(len(loss)), loss, style, color=color, linewidth=1.5, label=label)
    left.plot(*run["start"], "o", color="black", markerfacecolor="white", markersize=6)
    left.plot([0], [0], "k*", markersize=10)
    left.set(xlim=(-2, 2), ylim=(-1.5, 1.5), xlabel="w₀", ylabel="w₁",
             title="½(w₀² + 50 w₁²) from (−1.5, 1)")
    right.set(xlabel="step", ylabel="loss (log scale)", title=f"{run['steps']} steps")
    right.minorticks_off()  # a log axis's minor ticks would double the SVG's size
    right.legend(frameon=False, fontsize=8)
    figure.tight_layout()
    return figure
