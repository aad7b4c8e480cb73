"""Mean |y - c| and mean (y - c)^2 against the constant c, from snippets/losses/nll_view_median_vs_mean.py."""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/losses/nll_view_median_vs_mean.py"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        run = runpy.run_path(str(SNIPPET))
    y, c, l1, mse = (run[k].numpy() for k in ("y", "c", "l1", "mse"))
    median, mean = float(run["y"].median()), float(run["y"].mean())
    figure, (left, right) = plt.subplots(1, 2, figsize=(8, 3.2))
    for axes, values, at, name, title in [
        (left, l1, median, "median", "L1: mean |y − c|"),
        (right, mse, mean, "mean", "MSE: mean (y − c)²"),
    ]:
        axes.plot(c, values, color="#3f51b5", linewidth=2)
        axes.axvline(at, color="#e67e22", linestyle="--", label=f"{name} of y = {at:.4f}")
        axes.plot(y, [0] * len(y), "|", color="gray", markersize=12, label="the 11 targets y")
        shown = c <= 2
        axes.set(title=title, xlabel="constant prediction c", xlim=(0, 2), ylim=(0, 1.05 * values[shown].max()))
        axes.legend(frameon=False, loc="upper left", bbox_to_anchor=(0.42, 1.0), fontsize=8)
    figure.tight_layout()
    return figure
