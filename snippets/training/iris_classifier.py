# Iris, 3 classes: a train/validation/test split, early stopping on the validation loss, the test set used once.
import copy

import torch
import torch.nn as nn
from sklearn.datasets import load_iris  # ships with scikit-learn: no download
from torch.utils.data import DataLoader, TensorDataset

iris = load_iris()
features, y = torch.tensor(iris.data, dtype=torch.float32), torch.tensor(iris.target)  # (150, 4); int64 0, 1, 2


def run(seed, patience=20):
    torch.manual_seed(seed)  # stratified split: per species 30 training, 10 validation, 10 test flowers
    parts = [torch.nonzero(y == c).squeeze(1)[torch.randperm(50)].split([30, 10, 10]) for c in range(3)]
    train, val, test = (torch.cat(rows) for rows in zip(*parts))
    X = (features - features[train].mean(dim=0)) / features[train].std(dim=0)  # training statistics only
    loader = DataLoader(TensorDataset(X[train], y[train]), batch_size=16, shuffle=True,
                        generator=torch.Generator().manual_seed(seed))
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))  # 3 logits, no softmax
    loss_fn, optimizer = nn.CrossEntropyLoss(), torch.optim.Adam(model.parameters(), lr=0.01)

    def evaluate(rows):  # loss and number correct, in eval mode, without gradients
        model.eval()
        with torch.no_grad():
            logits = model(X[rows])
        return loss_fn(logits, y[rows]).item(), (logits.argmax(dim=1) == y[rows]).sum().item()

    r = {"training": [], "validation": [], "best": float("inf")}
    for epoch in range(1, 1001):
        model.train()
        for xb, yb in loader:
            optimizer.zero_grad()
            loss_fn(model(xb), yb).backward()
            optimizer.step()
        r["training"].append(evaluate(train)[0])  # both measured after this epoch's updates
        r["validation"].append(evaluate(val)[0])
        if r["validation"][-1] < r["best"]:  # a new best: keep a copy of the weights
            r.update(best=r["validation"][-1], best_epoch=epoch, state=copy.deepcopy(model.state_dict()))
        elif epoch - r["best_epoch"] == patience:
            break  # no improvement for `patience` epochs: stop
    model.load_state_dict(r["state"])  # restore the best epoch's weights
    r.update(stopped=epoch, restored=evaluate(val)[0], test_correct=evaluate(test)[1])  # the test set, once
    return r


r = run(seed=0)
print(f"stopped after epoch {r['stopped']}; best validation loss {r['best']:.4f} at epoch {r['best_epoch']}; "
      f"after restoring: {r['restored']:.4f}")
#> stopped after epoch 91; best validation loss 0.0920 at epoch 71; after restoring: 0.0920
print(f"test accuracy: {r['test_correct']}/30 = {r['test_correct'] / 30:.1%} (one flower is {1 / 30:.1%})")
#> test accuracy: 28/30 = 93.3% (one flower is 3.3%)
