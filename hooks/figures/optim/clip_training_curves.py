"""Loss per step on the exploding recurrence, SGD with and without clip_grad_norm_.

The losses are those of snippets/optim/clip_training_comparison.py: the figure runs it and
reads its `losses` dict (None: no clipping; 1.0: max_norm = 1).
"""

import contextlib
import io
import math
import runpy
from pathlib import Path

import matplotlib.pyplot as plt

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/optim/clip_training_comparison.py"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        losses = runpy.run_path(str(SNIPPET))["losses"]
    figure, axes = plt.subplots(figsize=(7, 3.6))
    clipped = losses[1.0]
    axes.semilogy(range(1, len(clipped) + 1), clipped, "o-", markersize=3, label="clip_grad_norm_(max_norm=1.0)")
    unclipped = losses[None]
    finite = [loss for loss in unclipped if math.isfinite(loss)]
    top = 10 * max(clipped)
    axes.semilogy([1], unclipped[:1], "s", markersize=6, color="tab:red", label="no clipping")
    axes.annotate("", xy=(2, top), xytext=(1, unclipped[0]),
                  arrowprops={"arrowstyle": "->", "color": "tab:red", "linestyle": "--"})
    axes.text(2.5, top / 2.5, f"step 2: {finite[-1]:.3g}, off the chart;\nnan from step {len(finite) + 1} on",
              fontsize=9, color="tab:red", va="top")
    axes.set_ylim(top=top)
    axes.set(xlabel="step", ylabel="loss before the step", title="SGD, lr 0.03, on the exploding recurrence")
    axes.legend(frameon=False, fontsize=8, loc="center right")
    figure.tight_layout()
    return figure
