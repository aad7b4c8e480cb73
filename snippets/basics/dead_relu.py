# A ReLU unit whose input is negative for every example gets no gradient at all: it is dead.
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(4, 3)
with torch.no_grad():
    layer.bias[2] = -10.0  # e.g. after one large update: unit 2 is now negative on every input
x = torch.randn(64, 4)
torch.relu(layer(x)).sum().backward()

print((layer(x) > 0).float().mean(dim=0))  # fraction of inputs on which each unit is active
#> tensor([0.1875, 0.2344, 0.0000])
print(layer.weight.grad.abs().sum(dim=1))  # unit 2's incoming weights get exactly 0
#> tensor([26.8506, 32.7875,  0.0000])
