"""The binary entropy curve H(p) in nats and bits, from snippets/information/prop_binary_entropy.py."""

import contextlib
import io
import math
import runpy
from pathlib import Path

import matplotlib.pyplot as plt

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/information/prop_binary_entropy.py"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        run = runpy.run_path(str(SNIPPET))
    p1, H = run["p1"].numpy(), run["H"].numpy()
    figure, axes = plt.subplots(figsize=(6, 3.4))
    axes.plot(p1, H, color="#3f51b5", label="H(p) in nats")
    axes.plot(p1, H / math.log(2), color="#e67e22", linestyle="--", label="H(p) in bits")
    best = int(run["best"])
    axes.plot([p1[best]], [H[best]], "o", color="#3f51b5")
    axes.annotate(f"p1 = {p1[best]:.1f}: ln 2 = {H[best]:.4f} nats = 1 bit", (p1[best], H[best]),
                  xytext=(0.5, 0.45), textcoords="data", ha="center",
                  arrowprops={"arrowstyle": "->", "color": "black"})
    axes.set(xlabel="p1 = probability of class 1", ylabel="binary entropy", xlim=(0, 1), ylim=(0, 1.08))
    axes.legend(frameon=False, loc="upper right")
    figure.tight_layout()
    return figure
