"""Two distributions p and q, and the KL divergence in both directions."""

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F


def draw():
    p = torch.tensor([0.5, 0.3, 0.2])
    q = torch.tensor([0.25, 0.25, 0.5])
    kl_p_q = F.kl_div(q.log(), p, reduction="sum").item()
    kl_q_p = F.kl_div(p.log(), q, reduction="sum").item()
    figure, (left, right) = plt.subplots(1, 2, figsize=(8, 3.2), gridspec_kw={"width_ratios": [3, 2]})
    classes = torch.arange(3).numpy()
    left.bar(classes - 0.2, p.numpy(), width=0.4, label="p (true)", color="#3f51b5")
    left.bar(classes + 0.2, q.numpy(), width=0.4, label="q (model)", color="#e67e22", hatch="//")
    left.set(xticks=[0, 1, 2], xticklabels=["class 0", "class 1", "class 2"], ylabel="probability")
    left.legend(frameon=False)
    bars = right.bar(["KL(p‖q)", "KL(q‖p)"], [kl_p_q, kl_q_p], color=["#3f51b5", "#e67e22"])
    right.bar_label(bars, fmt="%.4f")
    right.set(ylabel="nats", ylim=(0, 0.3), title="not symmetric")
    figure.tight_layout()
    return figure
