"""H(p, q) as H(p) stacked under KL(p || q), from snippets/information/prop_cross_entropy_decomposition.py."""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/information/prop_cross_entropy_decomposition.py"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        run = runpy.run_path(str(SNIPPET))
    entropy, kl, total = run["entropy"].numpy(), run["kl"].numpy(), run["ce_builtin"].numpy()
    what = ["p ≠ q", "q = p", "one-hot p", "uniform p", "q far from p"]
    names = [f"pair {n}\n{what[n]}" for n in range(len(total))]
    figure, axes = plt.subplots(figsize=(7, 3.6))
    axes.bar(names, entropy, color="#3f51b5", label="H(p)")
    axes.bar(names, kl, bottom=entropy, color="#e67e22", hatch="//", label="KL(p ‖ q)")
    for n, value in enumerate(total):
        axes.annotate(f"H(p,q) = {value:.4f}", (n, value), xytext=(0, 3), textcoords="offset points",
                      ha="center", fontsize=8)
    axes.set(ylabel="nats", ylim=(0, 2.3), title="cross-entropy = entropy + KL divergence")
    axes.legend(frameon=False, loc="upper left")
    figure.tight_layout()
    return figure
