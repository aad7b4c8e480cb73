"""The cross-entropy and KL widget's opening state, drawn at build time: its static twin.

p = (0.5, 0.3, 0.2) and q = (0.25, 0.25, 0.5), the pair of snippets/information/entropy_from_scratch.py;
H(p), H(p, q) and both KL divergences computed by torch (docs/assets/widgets/information-widget.js
opens on the same pair; tests/test_widgets.py checks it).
"""

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

P, Q = [0.5, 0.3, 0.2], [0.25, 0.25, 0.5]


def draw():
    p, q = torch.tensor(P, dtype=torch.float64), torch.tensor(Q, dtype=torch.float64)
    values = {
        "H(p)": torch.special.entr(p).sum().item(),
        "H(p, q)": -torch.xlogy(p, q).sum().item(),
        "KL(p‖q)": F.kl_div(q.log(), p, reduction="sum").item(),
        "KL(q‖p)": F.kl_div(p.log(), q, reduction="sum").item(),
    }
    figure, (left, right) = plt.subplots(1, 2, figsize=(8, 3.2), gridspec_kw={"width_ratios": [1, 1]})
    classes = torch.arange(3).numpy()
    left.bar(classes - 0.2, p.numpy(), width=0.4, label="p (true)", color="#1d5bbf")
    left.bar(classes + 0.2, q.numpy(), width=0.4, label="q (model)", color="#b5400b", alpha=0.6)
    left.set(xticks=classes, xticklabels=[f"class {c}" for c in classes], ylabel="probability", ylim=(0, 1))
    left.legend(frameon=False)
    bars = right.bar(list(values), list(values.values()), color=["#17733a", "#17733a", "#1d5bbf", "#b5400b"])
    right.bar_label(bars, fmt="%.4f")
    right.set(ylabel="nats", ylim=(0, 1.5))
    figure.tight_layout()
    return figure
