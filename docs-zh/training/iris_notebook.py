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
# # 鸢尾花分类器（notebook） {#iris-classifier-notebook}
#
# 这里是[训练鸢尾花分类器](iris.md)中的模型和流程，随机种子（random seed）为 0，
# 写成一个在构建网站时执行的 notebook。[下载这个 notebook](iris_notebook.ipynb)，
# 就可以改动模型、学习率（learning rate）、耐心轮数（patience）或随机种子。
#
# ## 数据 {#data}
#
# 150 朵花，每朵有 4 个测量值，分属 3 个品种，每个品种 50 朵。把每个品种打乱，
# 分成 30 朵训练、10 朵验证和 10 朵测试（分层划分：90 / 30 / 30），
# 并且只用训练集的统计量做标准化（standardization）。

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
# ## 模型、训练与早停 {#model-training-and-early-stopping}
#
# 两个全连接层（linear layer），中间夹一个 ReLU，输出 3 个 logit（未归一化的对数几率），
# 用 `CrossEntropyLoss` 和 Adam 训练，学习率 $\eta = 0.01$，小批量（mini-batch）大小为 16。
# 每一轮（epoch）结束后，我们在训练集和验证集（validation set）上测量损失（loss）：
# 先调用 `model.eval()`，并且不计算梯度（gradient）。验证损失创下新低时，我们保存一份权重（weight）的副本；
# 连续 `patience` 轮没有新低，训练就停止，并把最好的那份副本加载回来。
# 这里不看测试集（test set）。

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
# ## 测试准确率，只测一次 {#test-accuracy-once}
#
# 所有选择（这里是轮数）都做完之后，才在测试集上评估一次。预测的品种是 logit 最大的那个类别（class）；
# 准确率是预测与标签（label）相符的花所占的比例。30 朵测试花中的每一朵占准确率的 1/30，
# 即 3.3 个百分点，所以要比较多个随机种子上的结果，而不是只看一次。

# %%
_, predicted = evaluate(test)
correct = (predicted == y[test]).sum().item()
print(f"test accuracy: {correct}/{len(test)} = {correct / len(test):.1%}")
print("confusion (rows: true species, columns: predicted):")
print(torch.bincount(3 * y[test] + predicted, minlength=9).reshape(3, 3))
