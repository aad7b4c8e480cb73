# The posts' loop: MSE between (5, 1) predictions and (5,) class ids broadcasts to (5, 5).
import warnings

import torch
import torch.nn as nn
from sklearn.datasets import load_iris

torch.manual_seed(0)
iris = load_iris()
model = nn.Linear(4, 1)  # as in the posts: one output
for rows in ([0, 1, 2, 3, 4], [0, 1, 50, 51, 100]):  # the posts' first five flowers, then a mix
    x = torch.tensor(iris.data[rows], dtype=torch.float32)
    y = torch.tensor(iris.target[rows], dtype=torch.float32)  # (5,)
    y_pred = model(x)  # (5, 1)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        broadcast = nn.MSELoss()(y_pred, y).sum()  # the posts' .sum(): a scalar stays the same scalar
    correct = nn.MSELoss()(y_pred.squeeze(1), y)
    print(f"targets {y.tolist()}: broadcast {broadcast:.4f}, correct {correct:.4f}")
    #> targets [0.0, 0.0, 0.0, 0.0, 0.0]: broadcast 0.0053, correct 0.0053
    #> targets [0.0, 0.0, 1.0, 1.0, 2.0]: broadcast 5.9642, correct 7.5624
print(caught[0].category.__name__, caught[0].message)
#> UserWarning Using a target size (torch.Size([5])) that is different to the input size (torch.Size([5, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
