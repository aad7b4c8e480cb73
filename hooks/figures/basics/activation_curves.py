"""Each activation (solid) and its derivative (dashed) on [-6, 6], derivatives from autograd."""

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

ACTIVATIONS = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "ReLU": F.relu,
    "Leaky ReLU (0.1)": lambda x: F.leaky_relu(x, 0.1),
    "PReLU (a = 0.25)": lambda x: F.prelu(x, torch.tensor([0.25])),
    "ELU (α = 1)": F.elu,
    "GELU": F.gelu,
    "SiLU": F.silu,
}


def draw():
    x = torch.linspace(-6, 6, 601, requires_grad=True)
    figure, grid = plt.subplots(2, 4, figsize=(11, 5), sharex=True)
    for axes, (name, f) in zip(grid.flat, ACTIVATIONS.items()):
        y = f(x)
        (derivative,) = torch.autograd.grad(y.sum(), x)
        axes.plot(x.detach(), y.detach(), linewidth=2, label="f(x)")
        axes.plot(x.detach(), derivative, "--", linewidth=1.5, label="f′(x)")
        peak = derivative.max().item()
        axes.axhline(peak, color="gray", linewidth=0.5, linestyle=":")
        axes.set_title(f"{name}: max f′ = {peak:.2f}", fontsize=9)
        axes.set_ylim(-1.5, 3)
        axes.axhline(0, color="gray", linewidth=0.5)
        axes.axvline(0, color="gray", linewidth=0.5)
    grid.flat[0].legend(frameon=False, fontsize=8)
    figure.tight_layout()
    return figure
