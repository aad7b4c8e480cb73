"""Focal loss against p_t for several gamma (after Lin et al. 2017, figure 1), using focal_loss() from
snippets/losses/beyond_focal_loss_from_scratch.py."""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt
import torch

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/losses/beyond_focal_loss_from_scratch.py"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        focal_loss = runpy.run_path(str(SNIPPET))["focal_loss"]
    p_t = torch.linspace(0.005, 1, 400, dtype=torch.float64)
    z = torch.log(p_t / (1 - p_t).clamp(min=1e-300))  # a positive example (y = 1) with sigmoid(z) = p_t
    y = torch.ones_like(z)
    figure, axes = plt.subplots(figsize=(6, 3.6))
    for gamma, style in zip([0, 0.5, 1, 2, 5], ["-", "--", "-.", ":", (0, (5, 1, 1, 1))]):
        label = "γ = 0 (cross-entropy)" if gamma == 0 else f"γ = {gamma}"
        axes.plot(p_t, focal_loss(z, y, alpha=-1, gamma=gamma), linestyle=style, linewidth=2, label=label)
    axes.axvspan(0.6, 1, color="gray", alpha=0.15, label="well-classified, p_t > 0.6")
    axes.set(xlabel="probability of the true label, p_t", ylabel="loss", xlim=(0, 1), ylim=(0, 5))
    axes.legend(frameon=False)
    figure.tight_layout()
    return figure
