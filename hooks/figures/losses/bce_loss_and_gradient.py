"""Binary cross-entropy and its gradient against the logit, for y = 0 and y = 1, both routes.

The curves come from `routes()` in snippets/losses/bce_saturation.py: BCEWithLogitsLoss
(solid) and float32 sigmoid then BCELoss (dashed). The dotted lines are the limits that
snippets/losses/bce_sigmoid_limits.py finds: sigmoid(z) rounds to 1 (y = 0: loss 100,
gradient 0); BCELoss's backward clamp (y = 1: right loss, gradient falls to 0); sigmoid(z)
underflows to 0 (y = 1: loss 100, gradient 0).
"""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt
import torch

SNIPPETS = Path(__file__).resolve().parents[3] / "snippets/losses"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        routes = runpy.run_path(str(SNIPPETS / "bce_saturation.py"))["routes"]
        limits = runpy.run_path(str(SNIPPETS / "bce_sigmoid_limits.py"))
    one_from, clamp_from, zero_from = limits["one_from"], limits["clamp_from"], limits["zero_from"]
    z = torch.linspace(-100, 40, 2801)
    figure, (left, right) = plt.subplots(1, 2, figsize=(9, 3.6))
    colors = {1: "#3f51b5", 0: "#e67e22"}
    for target in (1, 0):
        curves = routes(z, torch.full_like(z, float(target)))
        for route, style in [("with logits", "-"), ("sigmoid + BCELoss", "--")]:
            loss, gradient = curves[route]
            label = f"y = {target}, {route}" + (" (float32)" if style == "--" else "")
            left.plot(z, loss, style, color=colors[target], label=label, linewidth=2 if style == "-" else 1.5)
            right.plot(z, gradient, style, color=colors[target], label=label, linewidth=2 if style == "-" else 1.5)
    for axes in (left, right):
        for edge in (one_from, -clamp_from, zero_from):
            axes.axvline(edge, color="gray", linewidth=0.6, linestyle=":")
    left.set(title="loss", xlabel="logit z", ylim=(-3, 106))
    right.set(title="d loss / d z (exact: sigmoid(z) − y)", xlabel="logit z", ylim=(-1.1, 1.1))
    right.text(zero_from, 0.55, " σ(z) = 0", fontsize=8)
    right.text(-clamp_from, 0.55, " clamp", fontsize=8)
    right.text(one_from, -0.55, " σ(z) = 1", fontsize=8)
    left.legend(frameon=False, fontsize=7, loc="upper center")
    figure.tight_layout()
    return figure
