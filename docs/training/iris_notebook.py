# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Iris classifier (notebook)
#
# The model from [Training an iris classifier](iris.md), as a notebook executed when the
# site is built. [Download it as a notebook](iris_notebook.ipynb) to change the model, the
# learning rate or the number of epochs.
#
# ## Data
#
# 150 flowers with 4 measurements each and 3 species. Shuffle (the file is sorted by
# species), keep 30 flowers for testing, and standardize with the training statistics.

# %%
import matplotlib.pyplot as plt
import torch
import torch.nn as nn
from sklearn.datasets import load_iris
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
iris = load_iris()
X = torch.tensor(iris.data, dtype=torch.float32)
y = torch.tensor(iris.target)
order = torch.randperm(150)
train, test = order[:120], order[120:]
X = (X - X[train].mean(dim=0)) / X[train].std(dim=0)
print(X.shape, y.dtype, torch.bincount(y[train]), torch.bincount(y[test]))

# %% [markdown]
# ## Model and training
#
# Two linear layers with a ReLU between them, 3 logits out, `CrossEntropyLoss` and Adam
# with $\eta = 0.01$, mini-batches of 16, 30 epochs. After every epoch we record the loss
# on the training and the test set, in evaluation mode and without gradients.

# %%
loader = DataLoader(TensorDataset(X[train], y[train]), batch_size=16, shuffle=True,
                    generator=torch.Generator().manual_seed(0))
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)

history = {"training": [], "test": []}
for epoch in range(30):
    model.train()
    for xb, yb in loader:
        optimizer.zero_grad()
        loss_fn(model(xb), yb).backward()
        optimizer.step()
    model.eval()
    with torch.no_grad():
        history["training"].append(loss_fn(model(X[train]), y[train]).item())
        history["test"].append(loss_fn(model(X[test]), y[test]).item())

plt.figure(figsize=(7, 3.5))
for name, losses in history.items():
    plt.plot(range(1, 31), losses, label=f"{name} loss")
plt.xlabel("epoch")
plt.ylabel("cross-entropy (nats)")
plt.legend()
plt.show()

# %% [markdown]
# ## Accuracy
#
# The predicted species is the class with the largest logit; the accuracy is the fraction
# of flowers where it matches the label.

# %%
with torch.no_grad():
    predicted = model(X[test]).argmax(dim=1)
print(f"test accuracy: {(predicted == y[test]).float().mean():.3f}")
print("confusion (rows: true species, columns: predicted):")
print(torch.bincount(3 * y[test] + predicted, minlength=9).reshape(3, 3))
