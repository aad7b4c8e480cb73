# The posts' loop: MSE between (5, 1) predictions and (5,) class ids broadcasts to (5, 5).
import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(5, 4)
y = torch.tensor([0.0, 0.0, 1.0, 1.0, 2.0])  # five samples, no longer all of class 0
y_pred = nn.Linear(4, 1)(x)  # shape (5, 1)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    broadcast = nn.MSELoss()(y_pred, y)
print(caught[0].category.__name__)
#> UserWarning
print(f"broadcast loss {broadcast.item():.4f}, correct loss {nn.MSELoss()(y_pred.squeeze(1), y).item():.4f}")
#> broadcast loss 1.2307, correct loss 0.5879
