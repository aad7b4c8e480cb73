# AdamW decouples weight decay: theta <- theta (1 - lr lambda) first, then the plain Adam step.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, (beta1, beta2), eps, lam = 0.1, (0.9, 0.999), 1e-8, 0.1

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.AdamW([w], lr=lr, weight_decay=lam)
theta, m, v = w.detach().clone(), 0.0, 0.0
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b  # the gradient of the loss alone
    theta = theta * (1 - lr * lam)  # decay the weights directly
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g**2
    theta = theta - lr * (m / (1 - beta1**t)) / ((v / (1 - beta2**t)).sqrt() + eps)
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.88000000 +1.88000000   scratch +1.88000000 +1.88000000
    #> step 2: torch +1.76145467 +1.76134645   scratch +1.76145467 +1.76134645
    #> step 3: torch +1.64454451 +1.64413106   scratch +1.64454451 +1.64413106
    #> step 4: torch +1.52946882 +1.52845019   scratch +1.52946882 +1.52845019
    #> step 5: torch +1.41644667 +1.41440458   scratch +1.41644667 +1.41440458
print(torch.allclose(w.detach(), theta))
#> True
