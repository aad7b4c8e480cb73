# Adagrad: G_t = G_{t-1} + g_t^2, theta -= lr_t g_t / (sqrt(G_t) + eps), lr_t = lr / (1 + (t-1) lr_decay).
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, lr_decay, eps = 0.5, 0.1, 1e-10  # eps = 1e-10 is PyTorch's default for Adagrad

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.Adagrad([w], lr=lr, lr_decay=lr_decay)
theta, G = w.detach().clone(), torch.zeros(2, dtype=torch.float64)
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b
    G = G + g**2  # per coordinate: no momentum term, no gamma
    theta = theta - lr / (1 + (t - 1) * lr_decay) * g / (G.sqrt() + eps)
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.50000000 +1.50000000   scratch +1.50000000 +1.50000000
    #> step 2: torch +1.23726485 +1.21336699   scratch +1.23726485 +1.21336699
    #> step 3: torch +1.06586071 +1.01271090   scratch +1.06586071 +1.01271090
    #> step 4: torch +0.94362565 +0.85991966   scratch +0.94362565 +0.85991966
    #> step 5: torch +0.85190493 +0.73779756   scratch +0.85190493 +0.73779756
print(torch.allclose(w.detach(), theta))
#> True
