"""Heat map of the softmax Jacobian diag(q) - q q^T, from snippets/information/prop_softmax_jacobian.py."""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/information/prop_softmax_jacobian.py"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        run = runpy.run_path(str(SNIPPET))
    J, z, q = run["J"].numpy(), run["z"].tolist(), run["q"].tolist()
    limit = abs(J).max()
    figure, axes = plt.subplots(figsize=(5.2, 4.2))
    image = axes.imshow(J, cmap="RdBu_r", vmin=-limit, vmax=limit)
    for i in range(len(z)):
        for j in range(len(z)):
            axes.text(j, i, f"{J[i, j]:.4f}", ha="center", va="center", fontsize=9,
                      color="white" if abs(J[i, j]) > 0.6 * limit else "black")
    ticks = [f"z{c} = {z[c]:g}\nq{c} = {q[c]:.3f}" for c in range(len(z))]
    axes.set_xticks(range(len(z)), [f"z{c} = {z[c]:g}" for c in range(len(z))], fontsize=8)
    axes.set_yticks(range(len(z)), ticks, fontsize=8)
    axes.set(xlabel="j (logit moved)", ylabel="i (probability that responds)", title="dq_i / dz_j")
    figure.colorbar(image, ax=axes, shrink=0.8)
    figure.tight_layout()
    return figure
