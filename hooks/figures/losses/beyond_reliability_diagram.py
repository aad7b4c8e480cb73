"""Reliability diagrams before and after temperature scaling, from snippets/losses/beyond_temperature_scaling.py
(the logits and the fitted T) and snippets/losses/beyond_ece_from_scratch.py (the 15 bins)."""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt
import torch.nn.functional as F

SNIPPETS = Path(__file__).resolve().parents[3] / "snippets/losses"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        scaling = runpy.run_path(str(SNIPPETS / "beyond_temperature_scaling.py"))
        binning = runpy.run_path(str(SNIPPETS / "beyond_ece_from_scratch.py"))
    z, y, T = scaling["z_test"], scaling["y_test"], scaling["T"]
    figure, panels = plt.subplots(1, 2, figsize=(8, 3.8), sharey=True)
    for axes, t, title in [(panels[0], 1.0, "before: T = 1"), (panels[1], T, f"after: T = {T:.3f}")]:
        conf, pred = F.softmax(z / t, dim=1).max(dim=1)
        share, mean_conf, acc = binning["reliability"](conf, (pred == y).double())
        ece = (share * (acc - mean_conf).abs()).sum().item()
        axes.plot([0, 1], [0, 1], ":", color="gray", label="perfect calibration")
        centers = ((mean_conf * 15).floor() + 0.5) / 15  # the middle of the bin each mean falls in
        axes.bar(centers.numpy(), acc.numpy(), width=1 / 15, color="#3f51b5", alpha=0.8,
                 edgecolor="black", linewidth=0.5, label="accuracy per bin")
        axes.plot(mean_conf.numpy(), mean_conf.numpy(), "o", color="#e67e22", markersize=4,
                  label="mean confidence per bin")
        axes.set(title=f"{title}, ECE = {ece:.4f}", xlabel="confidence (largest softmax probability)",
                 xlim=(0, 1), ylim=(0, 1))
        axes.legend(frameon=False, loc="upper left", fontsize=8)
    panels[0].set_ylabel("accuracy")
    figure.tight_layout()
    return figure
