"""A decision tree for choosing a loss: from the kind of target to the PyTorch loss."""

import matplotlib.pyplot as plt

QUESTION = {"boxstyle": "round,pad=0.4", "facecolor": "none", "edgecolor": "black", "linewidth": 1}
LOSS = {"boxstyle": "round,pad=0.4", "facecolor": "#dfe6f7", "edgecolor": "#3f51b5", "linewidth": 1.2}


def node(axes, xy, text, style, size=8.5, va="center"):
    return axes.text(*xy, text, ha="center", va=va, fontsize=size, bbox=style, multialignment="center")


def edge(axes, parent, child, label=None):
    """An arrow from the bottom of the parent's box to the top of the child's box."""
    axes.annotate("", xy=(0.5, 1.0), xycoords=child, xytext=(0.5, 0.0), textcoords=parent,
                  arrowprops={"arrowstyle": "-|>", "color": "black", "linewidth": 1, "shrinkA": 4, "shrinkB": 4})
    if label:
        axes.annotate(label, xy=(0.5, 1.0), xycoords=child, xytext=(0, 16), textcoords="offset points",
                      ha="center", va="bottom", fontsize=7.5, style="italic")


def draw():
    figure, axes = plt.subplots(figsize=(10, 4.6))
    axes.set(xlim=(0, 10), ylim=(0, 5))
    axes.axis("off")
    root = node(axes, (5, 4.6), "What does the target look like?", QUESTION, size=10)
    regression = node(axes, (1.3, 3.2), "real numbers\n(regression)", QUESTION)
    binary = node(axes, (3.8, 3.2), "yes/no, one or several\nper sample (binary,\nmulti-label)", QUESTION)
    multiclass = node(axes, (6.3, 3.2), "one class out of C\n(multi-class)", QUESTION)
    soft = node(axes, (8.8, 3.2), "a probability distribution\nover C classes\n(soft labels, distillation)", QUESTION)
    for child in (regression, binary, multiclass, soft):
        edge(axes, root, child)
    leaves = [
        (regression, (0.55, 1.6), "nn.MSELoss", "few outliers"),
        (regression, (2.0, 1.6), "nn.HuberLoss,\nnn.L1Loss", "outliers"),
        (binary, (3.8, 1.6), "nn.BCEWithLogitsLoss\non logits; float 0/1\ntargets, same shape", None),
        (multiclass, (5.6, 1.6), "nn.CrossEntropyLoss\non logits; int64\nclass indices", "model gives logits"),
        (multiclass, (7.1, 1.6), "nn.NLLLoss\non log-probabilities", "you have log_softmax"),
        (soft, (8.8, 1.6), "nn.CrossEntropyLoss with\nprobability targets, or\nnn.KLDivLoss('batchmean')\non log_softmax", None),
    ]
    for parent, xy, text, label in leaves:
        edge(axes, parent, node(axes, xy, text, LOSS, va="top"), label)
    figure.tight_layout()
    return figure
