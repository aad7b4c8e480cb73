# RAdam: plain momentum steps while rho_t <= 5, then Adam steps scaled by the rectification r_t.
import math

import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, (beta1, beta2), eps = 0.1, (0.9, 0.999), 1e-3  # a large eps, so that its placement shows
rho_inf = 2 / (1 - beta2) - 1

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.RAdam([w], lr=lr, betas=(beta1, beta2), eps=eps)
theta, m, v = w.detach().clone(), torch.zeros(2, dtype=torch.float64), torch.zeros(2, dtype=torch.float64)
for t in range(1, 9):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b
    m, v = beta1 * m + (1 - beta1) * g, beta2 * v + (1 - beta2) * g**2
    m_hat = m / (1 - beta1**t)
    rho = rho_inf - 2 * t * beta2**t / (1 - beta2**t)  # length of the approximated moving average
    r = None  # no rectification term while rho_t <= 5
    if rho > 5:
        r = math.sqrt((rho - 4) * (rho - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho))
        theta = theta - lr * r * m_hat * math.sqrt(1 - beta2**t) / (v.sqrt() + eps)  # eps before the correction
    else:
        theta = theta - lr * m_hat  # no division by sqrt(v): momentum SGD on m_hat
    print(f"step {t}: rho_t {rho:.4f} r_t {f'{r:.4f}' if r else '  -   '}"
          f"  torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: rho_t 1.0000 r_t   -     torch +1.40000000 +1.60000000   scratch +1.40000000 +1.60000000
    #> step 2: rho_t 1.9995 r_t   -     torch +0.90526316 +1.23684211   scratch +0.90526316 +1.23684211
    #> step 3: rho_t 2.9987 r_t   -     torch +0.50695281 +0.90844824   scratch +0.50695281 +0.90844824
    #> step 4: rho_t 3.9975 r_t   -     torch +0.19611035 +0.61268055   scratch +0.19611035 +0.61268055
    #> step 5: rho_t 4.9960 r_t   -     torch -0.03625409 +0.34736245   scratch -0.03625409 +0.34736245
    #> step 6: rho_t 5.9942 r_t 0.0258  torch -0.03758734 +0.34509844   scratch -0.03758734 +0.34509844
    #> step 7: rho_t 6.9920 r_t 0.0327  torch -0.03885204 +0.34231472   scratch -0.03885204 +0.34231472
    #> step 8: rho_t 7.9895 r_t 0.0387  torch -0.03992942 +0.33909577   scratch -0.03992942 +0.33909577
print(torch.allclose(w.detach(), theta, rtol=1e-12, atol=0))
#> True
