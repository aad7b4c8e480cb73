"""Binary cross-entropy and its gradient against the logit, for y = 0 and y = 1.

The exact curves come from BCEWithLogitsLoss. The dashed one is the float32 route
sigmoid then BCELoss for y = 0: once sigmoid(z) rounds to 1 (z near 17) the log is
clamped, the loss jumps to 100 and the gradient drops to 0.
"""

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F


def loss_and_gradient(z, y, route):
    z = z.clone().requires_grad_(True)
    if route == "logits":
        loss = F.binary_cross_entropy_with_logits(z, y, reduction="none")
    else:
        loss = F.binary_cross_entropy(torch.sigmoid(z), y, reduction="none")
    (gradient,) = torch.autograd.grad(loss.sum(), z)
    return loss.detach(), gradient


def draw():
    z = torch.linspace(-40, 40, 1601)
    ones, zeros = torch.ones_like(z), torch.zeros_like(z)
    figure, (left, right) = plt.subplots(1, 2, figsize=(8.5, 3.4))
    curves = [
        ("y = 1, exact", ones, "logits", "-"),
        ("y = 0, exact", zeros, "logits", "-"),
        ("y = 0, sigmoid + BCELoss (float32)", zeros, "naive", "--"),
    ]
    for label, y, route, style in curves:
        loss, gradient = loss_and_gradient(z, y, route)
        left.plot(z, loss, style, label=label, linewidth=2)
        right.plot(z, gradient, style, label=label, linewidth=2)
    left.set(title="loss", xlabel="logit z", ylim=(-2, 105))
    right.set(title="d loss / d z = sigmoid(z) − y", xlabel="logit z", ylim=(-1.1, 1.1))
    left.legend(frameon=False, fontsize=8, loc="upper center")
    figure.tight_layout()
    return figure
