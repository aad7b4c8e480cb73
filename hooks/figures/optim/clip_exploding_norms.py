"""Gradient norms growing toward the input: per layer in the deep tanh network, per time step in the recurrence.

The numbers are those of snippets/optim/clip_exploding_tanh_net.py and
snippets/optim/clip_exploding_recurrence.py: the figure runs both and reads their `norms` lists.
"""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt

SNIPPETS = Path(__file__).resolve().parents[3] / "snippets/optim"


def run(name):
    with contextlib.redirect_stdout(io.StringIO()):
        return runpy.run_path(str(SNIPPETS / name))


def draw():
    tanh_norms = run("clip_exploding_tanh_net.py")["norms"]
    recurrence_norms = run("clip_exploding_recurrence.py")["norms"]
    figure, (left, right) = plt.subplots(1, 2, figsize=(9, 3.6))
    left.semilogy(range(1, len(tanh_norms) + 1), tanh_norms, "o-", markersize=4)
    left.set(xlabel="layer (1 = first, nearest the input)", ylabel="weight-gradient norm",
             title="20-layer tanh network, std 3/√32", xticks=[1, 5, 10, 15, 20])
    steps = range(1, len(recurrence_norms) + 1)
    right.semilogy(steps, recurrence_norms, "s-", markersize=4, color="tab:orange", label="‖∂L/∂hₜ‖")
    last = recurrence_norms[-1]
    right.semilogy(steps, [last * 1.2 ** (len(recurrence_norms) - t) for t in steps], ":", color="black",
                   label="1.2^(20 − t) × ‖∂L/∂h₂₀‖")
    right.set(xlabel="time step t (the loss reads h₂₀)", ylabel="gradient norm",
              title="h_t = W h_(t−1) + U x_t, W = 1.2 × orthogonal", xticks=[1, 5, 10, 15, 20])
    right.legend(frameon=False, fontsize=8)
    figure.tight_layout()
    return figure
