"""Norm clipping shortens a gradient along its direction; value clipping moves it onto a box.

The vectors are those of snippets/optim/clip_value_vs_norm_direction.py: the figure runs it
and reads g and the two clipped gradients.
"""

import contextlib
import io
import math
import runpy
from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.patches import Circle, Rectangle

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/optim/clip_value_vs_norm_direction.py"


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        run = runpy.run_path(str(SNIPPET))
    g, by_value, by_norm = run["g"].tolist(), run["by_value"].grad.tolist(), run["by_norm"].grad.tolist()
    figure, axes = plt.subplots(figsize=(8, 3.0))
    axes.add_patch(Circle((0, 0), 1.0, fill=False, linestyle=":", color="tab:blue"))
    axes.add_patch(Rectangle((-1, -1), 2, 2, fill=False, linestyle="--", color="tab:orange"))
    for vector, style, label in [(g, {"color": "gray", "linestyle": "--"}, f"g = ({g[0]:g}, {g[1]:g})"),
                                 (by_norm, {"color": "tab:blue"}, "clip_grad_norm_(max_norm=1): same direction"),
                                 (by_value, {"color": "tab:orange"}, "clip_grad_value_(clip_value=1): turned")]:
        axes.annotate("", xy=vector, xytext=(0, 0), arrowprops={"arrowstyle": "->", "linewidth": 2, **style})
        axes.plot([], [], linewidth=2, label=label, **style)
    angle = math.degrees(math.atan2(by_value[1], by_value[0]) - math.atan2(g[1], g[0]))
    axes.text(1.05, 0.62, f"{angle:.0f}° off", fontsize=9, color="tab:orange")
    axes.set(xlim=(-1.2, 5.6), ylim=(-1.2, 1.2), aspect="equal", xlabel="entry 0", ylabel="entry 1")
    axes.legend(frameon=False, fontsize=8, loc="lower right", title="dotted: norm 1; dashed box: entries in [−1, 1]",
                title_fontsize=8)
    figure.tight_layout()
    return figure
