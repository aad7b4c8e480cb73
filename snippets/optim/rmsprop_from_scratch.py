# RMSprop: v_t = alpha v_{t-1} + (1 - alpha) g_t^2 (plus!), theta -= lr g_t / (sqrt(v_t) + eps).
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, alpha, eps = 0.01, 0.99, 1e-8  # PyTorch's defaults

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.RMSprop([w], lr=lr, alpha=alpha, eps=eps)
theta, v = w.detach().clone(), torch.zeros(2, dtype=torch.float64)
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b
    v = alpha * v + (1 - alpha) * g**2
    theta = theta - lr * g / (v.sqrt() + eps)  # eps outside the square root
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.90000000 +1.90000000   scratch +1.90000000 +1.90000000
    #> step 2: torch +1.83126221 +1.83047245   scratch +1.83126221 +1.83047245
    #> step 3: torch +1.77609807 +1.77424592   scratch +1.77609807 +1.77424592
    #> step 4: torch +1.72895395 +1.72588912   scratch +1.72895395 +1.72588912
    #> step 5: torch +1.68725564 +1.68287602   scratch +1.68725564 +1.68287602
print(torch.allclose(w.detach(), theta))
#> True
