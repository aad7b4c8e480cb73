"""Paths of SGD, momentum, Nesterov, RMSprop and Adam on the same narrow quadratic valley."""

import matplotlib.pyplot as plt
import torch

OPTIMIZERS = {
    "SGD (lr 0.03)": lambda p: torch.optim.SGD(p, lr=0.03),
    "momentum 0.9 (lr 0.03)": lambda p: torch.optim.SGD(p, lr=0.03, momentum=0.9),
    "Nesterov 0.9 (lr 0.03)": lambda p: torch.optim.SGD(p, lr=0.03, momentum=0.9, nesterov=True),
    "RMSprop (lr 0.05)": lambda p: torch.optim.RMSprop(p, lr=0.05),
    "Adam (lr 0.2)": lambda p: torch.optim.Adam(p, lr=0.2),
}


def f(w):
    return 0.5 * (w[0] ** 2 + 25 * w[1] ** 2)  # a valley 5 times narrower in w1 than in w0


def path(make, steps=40):
    w = torch.tensor([-4.0, 1.0], dtype=torch.float64, requires_grad=True)
    optimizer = make([w])
    points = [w.detach().clone()]
    for _ in range(steps):
        optimizer.zero_grad()
        f(w).backward()
        optimizer.step()
        points.append(w.detach().clone())
    return torch.stack(points).numpy()


def draw():
    grid0, grid1 = torch.meshgrid(torch.linspace(-4.5, 2.0, 200), torch.linspace(-1.5, 1.5, 200), indexing="xy")
    figure, axes = plt.subplots(figsize=(9, 4.2))
    axes.contour(grid0.numpy(), grid1.numpy(), f((grid0, grid1)).numpy(), levels=[0.1, 0.5, 1, 2, 4, 8, 12],
                 colors="gray", linewidths=0.6)
    styles = ["-", "--", "-.", ":", "-"]
    markers = ["o", "s", "^", "v", "D"]
    for (name, make), style, marker in zip(OPTIMIZERS.items(), styles, markers):
        points = path(make)
        axes.plot(points[:, 0], points[:, 1], style, marker=marker, markersize=3, linewidth=1.5, label=name)
    axes.plot([0], [0], "k*", markersize=12)
    axes.set(xlabel="w₀", ylabel="w₁", xlim=(-4.5, 2.0), ylim=(-1.5, 1.5),
             title="40 steps from (−4, 1) on f = ½(w₀² + 25 w₁²)")
    axes.legend(frameon=False, fontsize=8, loc="center left", bbox_to_anchor=(1.0, 0.5))
    figure.tight_layout()
    return figure
