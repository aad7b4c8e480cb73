"""Training and test loss of the iris classifier, per epoch (the same seeds and model as the snippet)."""

import matplotlib.pyplot as plt
import torch
import torch.nn as nn
from sklearn.datasets import load_iris
from torch.utils.data import DataLoader, TensorDataset


def draw():
    torch.manual_seed(0)
    iris = load_iris()
    X, y = torch.tensor(iris.data, dtype=torch.float32), torch.tensor(iris.target)
    order = torch.randperm(150)
    train, test = order[:120], order[120:]
    X = (X - X[train].mean(dim=0)) / X[train].std(dim=0)
    loader = DataLoader(TensorDataset(X[train], y[train]), batch_size=16, shuffle=True,
                        generator=torch.Generator().manual_seed(0))
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
    loss_fn, optimizer = nn.CrossEntropyLoss(), torch.optim.Adam(model.parameters(), lr=0.01)
    history = {"training": [], "test": []}
    for _ in range(30):
        model.train()
        for xb, yb in loader:
            optimizer.zero_grad()
            loss_fn(model(xb), yb).backward()
            optimizer.step()
        model.eval()
        with torch.no_grad():
            history["training"].append(loss_fn(model(X[train]), y[train]).item())
            history["test"].append(loss_fn(model(X[test]), y[test]).item())
    figure, axes = plt.subplots(figsize=(6, 3.2))
    for (name, losses), style in zip(history.items(), ["-", "--"]):
        axes.plot(range(1, 31), losses, style, linewidth=2, label=f"{name} loss")
    axes.set(xlabel="epoch", ylabel="cross-entropy (nats)", ylim=(0, None))
    axes.legend(frameon=False)
    figure.tight_layout()
    return figure
