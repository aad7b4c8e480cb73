# Adadelta: the update is -g scaled by RMS(past updates) / RMS(gradients), eps inside both roots, times lr.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, rho, eps = 1.0, 0.9, 1e-6  # PyTorch's defaults

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.Adadelta([w], lr=lr, rho=rho, eps=eps)
theta, v, a = w.detach().clone(), torch.zeros(2, dtype=torch.float64), torch.zeros(2, dtype=torch.float64)
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b
    v = rho * v + (1 - rho) * g**2  # running average of squared gradients
    delta = -(a + eps).sqrt() / (v + eps).sqrt() * g  # uses a from the previous step
    a = rho * a + (1 - rho) * delta**2  # running average of squared updates
    theta = theta + lr * delta
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.99683772 +1.99683772   scratch +1.99683772 +1.99683772
    #> step 2: torch +1.99359613 +1.99359512   scratch +1.99359613 +1.99359512
    #> step 3: torch +1.99030213 +1.99029868   scratch +1.99030213 +1.99029868
    #> step 4: torch +1.98696896 +1.98696144   scratch +1.98696896 +1.98696144
    #> step 5: torch +1.98360450 +1.98359111   scratch +1.98360450 +1.98359111
print(torch.allclose(w.detach(), theta, rtol=1e-12, atol=0))
#> True
