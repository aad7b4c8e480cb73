# A (N, 1) prediction against an (N,) target broadcasts to (N, N): a wrong loss, with a warning.
import warnings

import torch
import torch.nn as nn

y_pred = torch.tensor([[0.0], [1.0], [2.0]])  # shape (3, 1), as nn.Linear(d, 1) returns
y = torch.tensor([0.0, 1.0, 2.0])  # shape (3,)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = nn.MSELoss()(y_pred, y)
print(caught[0].category.__name__, caught[0].message)
#> UserWarning Using a target size (torch.Size([3])) that is different to the input size (torch.Size([3, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
print(f"broadcast loss {wrong:.4f}")  # a perfect prediction, yet the loss is not 0
#> broadcast loss 1.3333

right = nn.MSELoss()(y_pred.squeeze(1), y)  # match the shapes first
print(f"matched loss   {right:.4f}")
#> matched loss   0.0000
