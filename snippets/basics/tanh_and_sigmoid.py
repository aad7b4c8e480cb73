# tanh x = 2 sigmoid(2x) - 1, and the posts' tanh' = 4 / (e^x + e^-x)^2 equals 1 - tanh^2 x.
import torch

x = torch.linspace(-6, 6, 121, dtype=torch.float64)
print(torch.allclose(torch.tanh(x), 2 * torch.sigmoid(2 * x) - 1))
#> True
print(torch.allclose(4 / (torch.exp(x) + torch.exp(-x)) ** 2, 1 - torch.tanh(x) ** 2))
#> True

# In float32, sigmoid reaches exactly 1.0 and its gradient exactly 0: the unit has saturated.
z = torch.tensor([5.0, 10.0, 20.0], requires_grad=True)
torch.sigmoid(z).sum().backward()
print(torch.sigmoid(z.detach()), z.grad)
#> tensor([0.9933, 1.0000, 1.0000]) tensor([6.6480e-03, 4.5417e-05, 0.0000e+00])
