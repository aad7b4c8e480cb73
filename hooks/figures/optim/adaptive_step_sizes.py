"""Effective per-coordinate step size lr / (sqrt(accumulator) + eps) over time, with a constant gradient."""

import matplotlib.pyplot as plt
import torch


def effective_steps(name, steps=200):
    w = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    optimizer = {
        "Adagrad": torch.optim.Adagrad([w], lr=0.1),
        "RMSprop": torch.optim.RMSprop([w], lr=0.1),
        "Adam": torch.optim.Adam([w], lr=0.1),
    }[name]
    sizes = []
    for _ in range(steps):
        before = w.detach().clone()
        w.grad = torch.ones(1, dtype=torch.float64)  # the same gradient, 1.0, at every step
        optimizer.step()
        sizes.append((before - w.detach()).item())  # the step taken for a gradient of 1
    return sizes


def draw():
    figure, axes = plt.subplots(figsize=(6, 3.4))
    for name, style in [("Adagrad", "-"), ("RMSprop", "--"), ("Adam", ":")]:
        axes.plot(range(1, 201), effective_steps(name), style, linewidth=2, label=name)
    # RMSprop has no bias correction: v_1 = (1 - alpha) g^2 = 0.01, so its first step is lr / 0.1 = 10 lr.
    axes.annotate("RMSprop, step 1: 10 × lr\n(no bias correction)", xy=(1, 1.0), xytext=(12, 0.35),
                  fontsize=8, color="gray", arrowprops={"arrowstyle": "->", "color": "gray"})
    axes.set(xlabel="step t", ylabel="step size for g = 1", yscale="log",
             title="lr = 0.1, constant gradient")
    axes.legend(frameon=False)
    figure.tight_layout()
    return figure
