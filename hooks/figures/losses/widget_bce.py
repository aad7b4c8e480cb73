"""The BCE widget's opening state, drawn at build time: its static twin.

The curves of hooks/figures/losses/bce_loss_and_gradient.py (from snippets/losses/bce_saturation.py
and bce_sigmoid_limits.py), with the widget's opening logit z = 17 marked and both routes' values
there, computed by torch (docs/assets/widgets/bce-widget.js opens on the same logit;
tests/test_widgets.py checks it).
"""

import importlib.util
from pathlib import Path

import torch
import torch.nn.functional as F

Z = 17.0


def values(z, y, dtype):
    logits = torch.tensor([z], dtype=dtype, requires_grad=True)
    target = torch.tensor([y], dtype=dtype)
    if dtype == torch.float64:
        loss = F.binary_cross_entropy_with_logits(logits, target, reduction="sum")
    else:
        loss = F.binary_cross_entropy(torch.sigmoid(logits), target, reduction="sum")
    loss.backward()
    return loss.item(), logits.grad.item()


def draw():
    path = Path(__file__).resolve().parent / "bce_loss_and_gradient.py"
    spec = importlib.util.spec_from_file_location("bce_loss_and_gradient", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    figure = module.draw()
    left, right = figure.axes
    for axes in (left, right):
        axes.axvline(Z, color="black", linewidth=1.2)
    lines = []
    for y in (1.0, 0.0):
        exact, naive = values(Z, y, torch.float64), values(Z, y, torch.float32)
        lines.append(f"y = {y:.0f}: with logits {exact[0]:.4g}, grad {exact[1]:+.4g}; "
                     f"float32 sigmoid + BCELoss {naive[0]:.4g}, grad {naive[1]:+.4g}")
    figure.text(0.5, 0.02, f"at z = {Z:g} (black line):\n" + "\n".join(lines), ha="center", va="bottom", fontsize=8)
    figure.set_figheight(4.2)
    figure.tight_layout(rect=(0, 0.11, 1, 1))
    return figure
