"""Training and validation loss of the iris classifier per epoch, with the epoch early stopping restores.

The numbers are those of snippets/training/iris_classifier.py (seed 0): the figure runs that
snippet and reads its result `r`.
"""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/training/iris_classifier.py"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        namespace = runpy.run_path(str(SNIPPET))
    r, patience = namespace["r"], namespace["run"].__defaults__[0]
    epochs = range(1, len(r["training"]) + 1)
    figure, axes = plt.subplots(figsize=(6.4, 3.4))
    axes.plot(epochs, r["training"], "-", linewidth=2, label="training loss")
    axes.plot(epochs, r["validation"], "--", linewidth=2, label="validation loss")
    axes.axvline(r["best_epoch"], color="gray", linewidth=1, linestyle=":")
    axes.annotate(f"best validation loss {r['best']:.4f}\nat epoch {r['best_epoch']}: restored",
                  (r["best_epoch"], r["best"]), xytext=(0.35, 0.6), textcoords="axes fraction",
                  arrowprops={"arrowstyle": "->", "color": "gray"}, fontsize=8)
    axes.set(xlabel=f"epoch (stopped after {r['stopped']}: no improvement for {patience} epochs)",
             ylabel="cross-entropy (nats)", ylim=(0, None))
    axes.legend(frameon=False)
    figure.tight_layout()
    return figure
