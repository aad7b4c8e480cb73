# Two Linear layers with no activation between them are one Linear layer: W = W2 W1, b = W2 b1 + b2.
import torch
import torch.nn as nn

torch.manual_seed(0)
first, second = nn.Linear(3, 5), nn.Linear(5, 2)
merged = nn.Linear(3, 2)
with torch.no_grad():
    merged.weight.copy_(second.weight @ first.weight)
    merged.bias.copy_(second.weight @ first.bias + second.bias)

x = torch.randn(4, 3)
print(torch.allclose(second(first(x)), merged(x), atol=1e-6))
#> True
print(torch.allclose(second(torch.relu(first(x))), merged(x), atol=1e-6))  # a ReLU in between breaks it
#> False
