# The posts' Adagrad adds a "momentum factor" gamma = 0.9 under the square root: it drifts from PyTorch's.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, eps, gamma = 0.5, 1e-10, 0.9

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.Adagrad([w], lr=lr)
theta, G = w.detach().clone(), torch.zeros(2, dtype=torch.float64)
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b
    G = G + g**2
    theta = theta - lr / ((G + gamma).sqrt() + eps) * g  # the posts' formula
print(f"torch.optim.Adagrad  {w[0].item():+.6f} {w[1].item():+.6f}")
#> torch.optim.Adagrad  +0.747767 +0.591121
print(f"posts' formula       {theta[0]:+.6f} {theta[1]:+.6f}")
#> posts' formula       +0.754262 +0.612549
