# Constant weights: every unit of a layer gets the same gradient, so the units stay copies of each other.
import torch
import torch.nn as nn

torch.manual_seed(0)
x, y = torch.randn(32, 4), torch.randn(32, 1)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
for layer in (model[0], model[2]):
    nn.init.constant_(layer.weight, 0.1)
    nn.init.zeros_(layer.bias)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(100):
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()
W = model[0].weight.detach()
print(f"after 100 steps: the 8 rows of W differ by at most {(W - W[0]).abs().max():.1e}; W[0] = {W[0]}")
#> after 100 steps: the 8 rows of W differ by at most 0.0e+00; W[0] = tensor([0.0395, 0.0032, 0.0745, 0.2127])
