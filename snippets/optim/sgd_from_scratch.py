# Plain SGD, theta <- theta - lr * g, from scratch vs torch.optim.SGD, on f(w) = 1/2 w^T A w - b^T w.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr = 0.1

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=lr)
theta = w.detach().clone()  # our copy, updated by hand
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b  # the gradient of f, by hand
    theta = theta - lr * g
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.40000000 +1.60000000   scratch +1.40000000 +1.60000000
    #> step 2: torch +1.00000000 +1.27000000   scratch +1.00000000 +1.27000000
    #> step 3: torch +0.73650000 +0.99300000   scratch +0.73650000 +0.99300000
    #> step 4: torch +0.56590000 +0.75687500   scratch +0.56590000 +0.75687500
    #> step 5: torch +0.45828625 +0.55289250   scratch +0.45828625 +0.55289250
print(torch.allclose(w.detach(), theta))
#> True
