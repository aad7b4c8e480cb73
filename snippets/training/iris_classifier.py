# Iris done right: 3-class classification with CrossEntropyLoss, a train/test split, and accuracy.
import torch
import torch.nn as nn
from sklearn.datasets import load_iris  # ships with scikit-learn: no download
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
iris = load_iris()
X = torch.tensor(iris.data, dtype=torch.float32)  # (150, 4) measurements
y = torch.tensor(iris.target)  # (150,) class indices 0, 1, 2, int64
order = torch.randperm(150)  # shuffle: the file is sorted by class
train, test = order[:120], order[120:]
X = (X - X[train].mean(dim=0)) / X[train].std(dim=0)  # standardize with training statistics only

loader = DataLoader(TensorDataset(X[train], y[train]), batch_size=16, shuffle=True,
                    generator=torch.Generator().manual_seed(0))
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))  # 3 logits, no softmax
loss_fn, optimizer = nn.CrossEntropyLoss(), torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(1, 31):
    model.train()
    for xb, yb in loader:
        optimizer.zero_grad()
        loss_fn(model(xb), yb).backward()
        optimizer.step()
    if epoch % 10 == 0:
        model.eval()
        with torch.no_grad():  # measured after this epoch's updates, on all training data
            print(f"epoch {epoch}: training loss {loss_fn(model(X[train]), y[train]):.4f}")
            #> epoch 10: training loss 0.2170
            #> epoch 20: training loss 0.0940
            #> epoch 30: training loss 0.0700
with torch.no_grad():
    correct = (model(X[test]).argmax(dim=1) == y[test]).sum().item()
print(f"test accuracy {correct}/30 = {correct / 30:.3f}")
#> test accuracy 30/30 = 1.000
