"""A two-mode p and the single Gaussians that minimize KL(p || q) and KL(q || p),
from snippets/information/prop_forward_reverse_kl.py."""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/information/prop_forward_reverse_kl.py"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        run = runpy.run_path(str(SNIPPET))
    u, fits, log_gaussian = run["u"], run["fits"], run["log_gaussian"]
    step = (u[1] - u[0]).item()
    density = lambda probabilities: (probabilities / step).numpy()  # per unit of u, not per grid point
    figure, axes = plt.subplots(figsize=(7, 3.6))
    axes.fill_between(u.numpy(), density(run["p"]), color="#9e9e9e", alpha=0.5, label="p (target mixture)")
    styles = {"KL(p||q) from 0": ("#3f51b5", "-", "minimizes KL(p‖q)"),
              "KL(q||p) from -1": ("#e67e22", "--", "minimizes KL(q‖p), started at -1"),
              "KL(q||p) from +1": ("#e67e22", ":", "minimizes KL(q‖p), started at +1")}
    for name, (mean, std) in fits.items():
        color, line, label = styles[name]
        q = log_gaussian(mean, std).exp()
        axes.plot(u.numpy(), density(q), color=color, linestyle=line, linewidth=2,
                  label=f"{label}: mean {mean:.3f}, std {std:.3f}")
    axes.set(xlim=(-6, 6), ylim=(0, 1.0), xlabel="u", ylabel="density")
    axes.legend(frameon=False, fontsize=8, loc="upper left")
    figure.tight_layout()
    return figure
