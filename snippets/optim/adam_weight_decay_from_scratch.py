# Adam(weight_decay=lambda) is coupled L2: lambda * theta is added to the gradient before the moments.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, (beta1, beta2), eps, lam = 0.1, (0.9, 0.999), 1e-8, 0.1

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.Adam([w], lr=lr, weight_decay=lam)
theta, m, v = w.detach().clone(), 0.0, 0.0
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b + lam * theta  # the decay goes through m and v, so Adam rescales it
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g**2
    theta = theta - lr * (m / (1 - beta1**t)) / ((v / (1 - beta2**t)).sqrt() + eps)
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.90000000 +1.90000000   scratch +1.90000000 +1.90000000
    #> step 2: torch +1.80020048 +1.80012006   scratch +1.80020048 +1.80012006
    #> step 3: torch +1.70075379 +1.70044690   scratch +1.70075379 +1.70044690
    #> step 4: torch +1.60182749 +1.60107232   scratch +1.60182749 +1.60107232
    #> step 5: torch +1.50360520 +1.50209309   scratch +1.50360520 +1.50209309
print(torch.allclose(w.detach(), theta))
#> True
