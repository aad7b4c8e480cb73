"""Cross-entropy with a one-hot target: -ln q against the probability q of the true class."""

import matplotlib.pyplot as plt
import torch


def draw():
    q = torch.linspace(0.005, 1, 400)
    figure, axes = plt.subplots(figsize=(6, 3.4))
    axes.plot(q, -torch.log(q), linewidth=2, label="−ln q  (nats)")
    axes.plot(q, -torch.log2(q), "--", linewidth=1.5, label="−log₂ q  (bits)")
    for value in (0.4, 0.98):
        loss = -torch.log(torch.tensor(value)).item()
        axes.plot([value], [loss], "o", color="black")
        axes.annotate(f"q = {value}: {loss:.4f} nats", (value, loss), textcoords="offset points",
                      xytext=(-10, 18), ha="right" if value > 0.5 else "left")
    axes.set(xlabel="probability q given to the true class", ylabel="loss", ylim=(0, 5), xlim=(0, 1.02))
    axes.legend(frameon=False)
    figure.tight_layout()
    return figure
