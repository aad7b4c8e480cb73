# tanh x = 2 sigmoid(2x) - 1, and the posts' tanh' = 4 / (e^x + e^-x)^2 equals 1 - tanh^2 x.
import torch

x = torch.linspace(-6, 6, 121, dtype=torch.float64)
print(torch.allclose(torch.tanh(x), 2 * torch.sigmoid(2 * x) - 1))
#> True
print(torch.allclose(4 / (torch.exp(x) + torch.exp(-x)) ** 2, 1 - torch.tanh(x) ** 2))
#> True
