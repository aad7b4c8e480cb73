"""The softmax widget's opening state, drawn at build time: its static twin.

Logits (2.0, 1.0, 0.1) at temperature 1, as in snippets/information/softmax_temperature.py;
the probabilities, the entropy and the cross-entropy against class 0, computed by torch
(docs/assets/widgets/softmax-widget.js opens on the same state; tests/test_widgets.py checks it).
"""

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

Z, T, Y = [2.0, 1.0, 0.1], 1.0, 0


def draw():
    s = torch.tensor(Z, dtype=torch.float64) / T
    q, log_q = F.softmax(s, dim=0), F.log_softmax(s, dim=0)
    entropy = -(q * log_q).sum().item()
    cross_entropy = F.cross_entropy(s[None], torch.tensor([Y])).item()
    figure, axes = plt.subplots(figsize=(6, 3))
    colors = ["#1d5bbf" if c == Y else "#7a2bb8" for c in range(3)]
    bars = axes.bar(range(3), q.numpy(), width=0.6, color=colors)
    axes.bar_label(bars, fmt="%.4f")
    labels = [f"class {c}" + (" (y)" if c == Y else "") + f"\nz = {Z[c]}" for c in range(3)]
    axes.set(xticks=range(3), xticklabels=labels, ylabel="q = softmax(z / T)", ylim=(0, 1), title=f"T = {T:g}")
    axes.text(2.45, 0.93, f"H(q) = {entropy:.4f} nats\n−log q₀ = {cross_entropy:.4f} nats", ha="right", va="top")
    figure.tight_layout()
    return figure
