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
# The model and the protocol from [Training an iris classifier](iris.md), seed 0, as a
# notebook executed when the site is built. [Download it as a notebook](iris_notebook.ipynb)
# to change the model, the learning rate, the patience or the seed.
#
# ## Data
#
# 150 flowers with 4 measurements each and 3 species, 50 of each. Split every species,
# shuffled, into 30 training, 10 validation and 10 test flowers (a stratified split:
# 90 / 30 / 30), and standardize with the training statistics only.

# %%
import copy

import matplotlib.pyplot as plt
import torch
import torch.nn as nn
from sklearn.datasets import load_iris
from torch.utils.data import DataLoader, TensorDataset

seed = 0
torch.manual_seed(seed)
iris = load_iris()
features, y = torch.tensor(iris.data, dtype=torch.float32), torch.tensor(iris.target)
parts = [torch.nonzero(y == c).squeeze(1)[torch.randperm(50)].split([30, 10, 10]) for c in range(3)]
train, val, test = (torch.cat(rows) for rows in zip(*parts))
X = (features - features[train].mean(dim=0)) / features[train].std(dim=0)
for name, rows in {"training": train, "validation": val, "test": test}.items():
    print(f"{name:10} {len(rows):3} flowers, per species {torch.bincount(y[rows]).tolist()}")

# %% [markdown]
# ## Model, training and early stopping
#
# Two linear layers with a ReLU between them, 3 logits out, `CrossEntropyLoss` and Adam
# with $\eta = 0.01$, mini-batches of 16. After every epoch we measure the loss on the
# training and the validation split, calling `model.eval()` first and without gradients.
# When the validation loss reaches a new low we keep a copy of the weights; after
# `patience` epochs without one, training stops and the best copy is loaded back. The
# test split is not looked at here.

# %%
loader = DataLoader(TensorDataset(X[train], y[train]), batch_size=16, shuffle=True,
                    generator=torch.Generator().manual_seed(seed))
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
patience = 20


def evaluate(rows):
    model.eval()  # explicitly, before every evaluation
    with torch.no_grad():
        logits = model(X[rows])
    return loss_fn(logits, y[rows]).item(), logits.argmax(dim=1)


history = {"training": [], "validation": []}
best_loss, best_epoch, best_state = float("inf"), 0, None
for epoch in range(1, 1001):
    model.train()
    for xb, yb in loader:
        optimizer.zero_grad()
        loss_fn(model(xb), yb).backward()
        optimizer.step()
    history["training"].append(evaluate(train)[0])
    history["validation"].append(evaluate(val)[0])
    if history["validation"][-1] < best_loss:
        best_loss, best_epoch, best_state = history["validation"][-1], epoch, copy.deepcopy(model.state_dict())
    elif epoch - best_epoch == patience:
        break
model.load_state_dict(best_state)
print(f"stopped after epoch {epoch}; best validation loss {best_loss:.4f} at epoch {best_epoch}, "
      f"restored: {evaluate(val)[0]:.4f}")

plt.figure(figsize=(7, 3.5))
for name, losses in history.items():
    plt.plot(range(1, len(losses) + 1), losses, label=f"{name} loss")
plt.axvline(best_epoch, color="gray", linestyle=":", label=f"best epoch ({best_epoch})")
plt.xlabel("epoch")
plt.ylabel("cross-entropy (nats)")
plt.legend()
plt.show()

# %% [markdown]
# ## Test accuracy, once
#
# With every choice made (here, the epoch), the test split is evaluated once. The
# predicted species is the class with the largest logit; the accuracy is the fraction of
# flowers where it matches the label. Each of the 30 test flowers is worth 1/30 of it,
# 3.3 percentage points, so compare runs over several seeds, not one.

# %%
_, predicted = evaluate(test)
correct = (predicted == y[test]).sum().item()
print(f"test accuracy: {correct}/{len(test)} = {correct / len(test):.1%}")
print("confusion (rows: true species, columns: predicted):")
print(torch.bincount(3 * y[test] + predicted, minlength=9).reshape(3, 3))
