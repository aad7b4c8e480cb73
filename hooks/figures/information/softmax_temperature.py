"""Softmax of the logits (2.0, 1.0, 0.1) at temperatures 0.5, 1 and 2."""

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F


def draw():
    z = torch.tensor([2.0, 1.0, 0.1])
    temperatures = [0.5, 1.0, 2.0]
    figure, axes = plt.subplots(figsize=(6, 3))
    classes = torch.arange(3).numpy()
    for offset, T, hatch in zip([-0.27, 0.0, 0.27], temperatures, ["", "//", ".."]):
        probabilities = F.softmax(z / T, dim=0)
        bars = axes.bar(classes + offset, probabilities.numpy(), width=0.27, hatch=hatch, label=f"T = {T}",
                        edgecolor="black", linewidth=0.5)
        axes.bar_label(bars, fmt="%.2f", fontsize=8)
    axes.set(xticks=[0, 1, 2], xticklabels=["z = 2.0", "z = 1.0", "z = 0.1"], ylabel="softmax(z / T)", ylim=(0, 1))
    axes.legend(frameon=False)
    figure.tight_layout()
    return figure
