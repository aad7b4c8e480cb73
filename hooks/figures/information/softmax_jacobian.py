"""Heat map of the softmax Jacobian diag(q) - q q^T, from snippets/information/softmax_jacobian.py."""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/information/softmax_jacobian.py"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        run = runpy.run_path(str(SNIPPET))
    J, z = run["closed_form"].numpy(), run["z"].tolist()
    limit = abs(J).max()
    figure, axes = plt.subplots(figsize=(4.6, 3.8))
    image = axes.imshow(J, cmap="RdBu_r", vmin=-limit, vmax=limit)
    for c in range(J.shape[0]):
        for k in range(J.shape[1]):
            axes.text(k, c, f"{J[c, k]:.4f}", ha="center", va="center", fontsize=8,
                      color="white" if abs(J[c, k]) > 0.6 * limit else "black")
    labels = [f"z = {v:g}" for v in z]
    axes.set(xticks=range(4), yticks=range(4), xticklabels=labels, yticklabels=labels,
             xlabel="logit z_k moved", ylabel="probability q_c that responds")
    axes.tick_params(labelsize=8)
    figure.colorbar(image, ax=axes, shrink=0.8, label="∂q_c / ∂z_k")
    figure.tight_layout()
    return figure
