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


def evaluate(rows):  # loss and number correct on some rows, in eval mode, without gradients
    model.eval()
    with torch.no_grad():
        logits = model(X[rows])
    return loss_fn(logits, y[rows]).item(), (logits.argmax(dim=1) == y[rows]).sum().item()


for epoch in range(1, 31):
    model.train()
    for xb, yb in loader:
        optimizer.zero_grad()
        loss_fn(model(xb), yb).backward()
        optimizer.step()
    if epoch % 10 == 0:  # measured after this epoch's updates
        print(f"epoch {epoch}: training loss {evaluate(train)[0]:.4f}, test loss {evaluate(test)[0]:.4f}")
        #> epoch 10: training loss 0.2170, test loss 0.2014
        #> epoch 20: training loss 0.0940, test loss 0.0752
        #> epoch 30: training loss 0.0700, test loss 0.0404
print(f"accuracy: training {evaluate(train)[1]}/120, test {evaluate(test)[1]}/30")
#> accuracy: training 116/120, test 30/30
