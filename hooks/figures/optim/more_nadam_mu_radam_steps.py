"""NAdam's scheduled momentum mu_t (from snippets/optim/more_nadam_momentum_schedule.py), and RAdam's step for a
constant gradient of 1 measured on torch.optim.RAdam: lr until rho_t > 5, then lr times the rectification r_t."""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt
import torch

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/optim/more_nadam_momentum_schedule.py"


def radam_steps(beta2, steps=60):
    w = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.RAdam([w], lr=1.0, betas=(0.9, beta2))
    sizes = []
    for _ in range(steps):
        before = w.detach().clone()
        w.grad = torch.ones(1, dtype=torch.float64)
        optimizer.step()
        sizes.append((before - w.detach()).item())  # the step taken for a gradient of 1, with lr = 1
    return sizes


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        mu = runpy.run_path(str(SNIPPET))["mu"]
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 3.6))
    t = [round(10 ** (k / 20)) for k in range(0, 101)]
    left.plot(t, [mu(s) for s in t], color="#3f51b5", linewidth=2, label="NAdam's $\\mu_t$, momentum_decay 0.004")
    left.axhline(0.9, color="gray", linestyle=":", label="$\\beta_1$ = 0.9")
    left.set(xscale="log", xlabel="step t", ylabel="momentum coefficient", ylim=(0.4, 0.95))
    left.legend(frameon=False, loc="upper left")
    for beta2, style in [(0.999, "-"), (0.99, "--")]:
        right.plot(range(1, 61), radam_steps(beta2), style, linewidth=2, label=f"RAdam, $\\beta_2$ = {beta2}")
    right.axhline(1.0, color="gray", linestyle=":", label="Adam")
    right.set(xlabel="step t", ylabel="step for g = 1, lr = 1", yscale="log")
    right.legend(frameon=False, loc="lower right")
    figure.tight_layout()
    return figure
