"""L1, MSE and Huber loss, and their gradients, against the residual r = y_hat - y."""

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F


def draw():
    residual = torch.linspace(-3, 3, 301, requires_grad=True)
    zero = torch.zeros_like(residual)
    losses = {
        "L1  |r|": lambda r: F.l1_loss(r, zero, reduction="none"),
        "MSE  r²": lambda r: F.mse_loss(r, zero, reduction="none"),
        "Huber (δ = 1)": lambda r: F.huber_loss(r, zero, reduction="none", delta=1.0),
    }
    figure, (left, right) = plt.subplots(1, 2, figsize=(8, 3.2))
    for (label, loss_fn), style in zip(losses.items(), ["-", "--", ":"]):
        values = loss_fn(residual)
        (gradient,) = torch.autograd.grad(values.sum(), residual)
        left.plot(residual.detach(), values.detach(), style, label=label, linewidth=2)
        right.plot(residual.detach(), gradient, style, label=label, linewidth=2)
    left.set(title="loss per element", xlabel="residual r = ŷ − y", ylim=(0, 4))
    right.set(title="gradient d loss / d ŷ", xlabel="residual r = ŷ − y")
    for axes in (left, right):
        axes.axhline(0, color="gray", linewidth=0.5)
        axes.axvline(0, color="gray", linewidth=0.5)
        axes.legend(frameon=False)
    figure.tight_layout()
    return figure
