# tanh x = 2 sigmoid(2x) - 1, the posts' tanh' = 4 / (e^x + e^-x)^2 equals 1 - tanh^2 x, and tanh'(0) = 1.
import torch

x = torch.linspace(-6, 6, 121, dtype=torch.float64)
print(torch.allclose(torch.tanh(x), 2 * torch.sigmoid(2 * x) - 1))
#> True
print(torch.allclose(4 / (torch.exp(x) + torch.exp(-x)) ** 2, 1 - torch.tanh(x) ** 2))
#> True

zero = torch.zeros(2, dtype=torch.float64, requires_grad=True)
(torch.sigmoid(zero[0]) + torch.tanh(zero[1])).backward()
print(f"at x = 0: sigmoid' = {zero.grad[0]}, tanh' = {zero.grad[1]}")  # tanh' reaches 1: not below 1
#> at x = 0: sigmoid' = 0.25, tanh' = 1.0
