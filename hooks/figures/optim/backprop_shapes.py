"""The three products of a linear layer's backward pass, drawn as matrices with their shapes.

The entries are those of snippets/optim/backprop_linear_layer_gradients.py (N = 4, d_in = 3,
d_out = 2): the figure runs that snippet and reads delta, X, W and the three gradients.
"""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

SNIPPET = Path(__file__).resolve().parents[3] / "snippets/optim/backprop_linear_layer_gradients.py"
CELL = 0.62


def matrix(axes, left, top, values, name, shape, shade):
    """Draw `values` (rows x cols) with its top-left corner at (left, top); return the right edge."""
    rows, cols = len(values), len(values[0])
    for i in range(rows):
        for j in range(cols):
            axes.add_patch(Rectangle((left + j * CELL, top - (i + 1) * CELL), CELL, CELL,
                                     facecolor=shade, edgecolor="black", linewidth=0.8))
            axes.text(left + (j + 0.5) * CELL, top - (i + 0.5) * CELL, f"{values[i][j]:.2f}".replace("-0.00", "0.00"),
                      ha="center", va="center", fontsize=6.5)
    axes.text(left + cols * CELL / 2, top + 0.22, name, ha="center", va="bottom", fontsize=10)
    axes.text(left + cols * CELL / 2, top - rows * CELL - 0.15, shape, ha="center", va="top", fontsize=8,
              color="dimgray")
    return left + cols * CELL


def between(axes, x, y, symbol):
    axes.text(x + 0.3, y, symbol, ha="center", va="center", fontsize=14)
    return x + 0.6


def draw():
    with contextlib.redirect_stdout(io.StringIO()):
        run = runpy.run_path(str(SNIPPET))
    delta, X, W = run["delta"].tolist(), run["X"].detach().tolist(), run["W"].detach().tolist()
    dW, db, dX = run["dW"].tolist(), run["db"].tolist(), run["dX"].tolist()
    deltaT = [list(column) for column in zip(*delta)]
    blue, orange, green = "#9ecae1", "#fdd0a2", "#a1d99b"
    figure, axes = plt.subplots(figsize=(7.2, 8.1))
    rows = [  # (top, [(values, name, shape, shade), ...], operators between them)
        (8.6, [(deltaT, "δᵀ", "(d_out, N) = (2, 4)", orange), (X, "X", "(N, d_in) = (4, 3)", blue),
               (dW, "∂L/∂W = δᵀX", "(d_out, d_in) = (2, 3), the shape of W", green)], ["×", "="]),
        (5.3, [(delta, "δ", "(N, d_out) = (4, 2)", orange), (W, "W", "(d_out, d_in) = (2, 3)", blue),
               (dX, "∂L/∂X = δW", "(N, d_in) = (4, 3), the shape of X", green)], ["×", "="]),
        (1.3, [([db], "∂L/∂b = Σₙ δₙ", "(d_out,) = (2,): δ summed over its N rows", green)], []),
    ]
    for top, matrices, operators in rows:
        left = 0.2
        for k, (values, name, shape, shade) in enumerate(matrices):
            left = matrix(axes, left, top, values, name, shape, shade)
            if k < len(operators):
                left = between(axes, left, top - len(values) * CELL / 2, operators[k])
    axes.set(xlim=(0, 8.0), ylim=(0.3, 9.3), aspect="equal")
    axes.axis("off")
    figure.tight_layout()
    return figure
