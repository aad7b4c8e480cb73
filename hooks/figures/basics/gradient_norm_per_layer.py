"""Gradient norm of each layer's weights in a 30-layer MLP, by activation and initialization."""

import matplotlib.pyplot as plt
import torch
import torch.nn as nn

SETUPS = {"sigmoid, default init": (nn.Sigmoid, False), "tanh, default init": (nn.Tanh, False),
          "ReLU, default init": (nn.ReLU, False), "ReLU, Kaiming init": (nn.ReLU, True)}


def per_layer_norms(activation, kaiming):
    torch.manual_seed(0)
    x, y = torch.randn(64, 64), torch.randn(64, 1)
    torch.manual_seed(1)
    layers = []
    for _ in range(30):
        linear = nn.Linear(64, 64)
        if kaiming:
            nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
            nn.init.zeros_(linear.bias)
        layers += [linear, activation()]
    model = nn.Sequential(*layers, nn.Linear(64, 1))
    nn.functional.mse_loss(model(x), y).backward()
    return [model[2 * i].weight.grad.norm().item() for i in range(30)]


def draw():
    figure, axes = plt.subplots(figsize=(7, 3.6))
    for (name, (activation, kaiming)), style in zip(SETUPS.items(), ["-", "--", "-.", ":"]):
        norms = [max(n, 1e-30) for n in per_layer_norms(activation, kaiming)]  # log scale: floor exact zeros
        axes.semilogy(range(1, 31), norms, style, linewidth=2, label=name)
    axes.set(xlabel="layer (1 = first, nearest the input)", ylabel="weight-gradient norm",
             ylim=(1e-30, 1e2), title="zeros are drawn at 1e-30")
    axes.legend(frameon=False, fontsize=8)
    figure.tight_layout()
    return figure
