# SGD with weight_decay: g <- g + lambda * theta, then the plain step.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, lam = 0.1, 0.05

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=lr, weight_decay=lam)
theta = w.detach().clone()
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b + lam * theta  # L2 penalty lambda/2 |theta|^2 adds lambda * theta
    theta = theta - lr * g
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.39000000 +1.59000000   scratch +1.39000000 +1.59000000
    #> step 2: torch +0.98655000 +1.25355000   scratch +0.98655000 +1.25355000
    #> step 3: torch +0.72297475 +0.97259975   scratch +0.72297475 +0.97259975
    #> step 4: torch +0.55383746 +0.73432804   scratch +0.55383746 +0.73432804
    #> step 5: torch +0.44820064 +0.52953172   scratch +0.44820064 +0.52953172
print(torch.allclose(w.detach(), theta))
#> True
