# Through an elementwise activation: delta_prev = (delta_next W) * phi'(Z), an elementwise product (float64).
import torch

torch.manual_seed(0)
X = torch.randn(4, 3, dtype=torch.float64)
W1, b1 = torch.randn(5, 3, dtype=torch.float64), torch.randn(5, dtype=torch.float64)
W2, b2 = torch.randn(2, 5, dtype=torch.float64), torch.randn(2, dtype=torch.float64)

Z1 = X @ W1.T + b1  # (4, 5)
Z1.requires_grad_()  # a leaf, so that autograd stores dL/dZ1 in Z1.grad
A1 = torch.tanh(Z1)  # phi = tanh
Z2 = A1 @ W2.T + b2  # (4, 2)
Z2.retain_grad()
(Z2**3).mean().backward()  # any scalar loss

delta2 = Z2.grad  # dL/dZ2, (4, 2)
delta1 = (delta2 @ W2) * (1 - A1.detach() ** 2)  # tanh'(Z1) = 1 - tanh(Z1)^2
print(tuple(delta1.shape), torch.allclose(delta1, Z1.grad))
#> (4, 5) True
wrong = (delta2 @ W2) * (1 - Z1.detach() ** 2)  # the derivative's formula applied to Z1 instead of tanh(Z1)
print(torch.allclose(wrong, Z1.grad))
#> False
