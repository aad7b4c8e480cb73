# NAdam as torch 2.13 computes it: Adam's moments, a scheduled momentum mu_t and its running product.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, (beta1, beta2), eps, psi = 0.1, (0.9, 0.999), 1e-3, 0.004  # a large eps, so that its placement shows
mu = lambda t: beta1 * (1 - 0.5 * 0.96 ** (t * psi))  # noqa: E731

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.NAdam([w], lr=lr, betas=(beta1, beta2), eps=eps, momentum_decay=psi)
theta, m, v = w.detach().clone(), torch.zeros(2, dtype=torch.float64), torch.zeros(2, dtype=torch.float64)
product = torch.tensor(1.0)  # torch keeps the product of the mu_i in float32, even for float64 parameters
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b
    m = beta1 * m + (1 - beta1) * g  # beta1 here, not mu_t
    v = beta2 * v + (1 - beta2) * g**2
    product *= mu(t)  # mu_1 mu_2 ... mu_t
    product_next = product.item() * mu(t + 1)  # mu_1 ... mu_(t+1)
    denom = (v / (1 - beta2**t)).sqrt() + eps
    theta = theta - lr * (1 - mu(t)) / (1 - product.item()) * g / denom \
        - lr * mu(t + 1) / (1 - product_next) * m / denom
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.89437243 +1.89438123   scratch +1.89437243 +1.89438123
    #> step 2: torch +1.81826195 +1.81745054   scratch +1.81826195 +1.81745054
    #> step 3: torch +1.74838964 +1.74633834   scratch +1.74838964 +1.74633834
    #> step 4: torch +1.67976960 +1.67603183   scratch +1.67976960 +1.67603183
    #> step 5: torch +1.61095480 +1.60501000   scratch +1.61095480 +1.60501000
print(torch.allclose(w.detach(), theta, rtol=1e-12, atol=0))
#> True
