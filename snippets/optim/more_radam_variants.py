# RAdam vs plausible misreadings, 8 steps, eps = 1e-3: the paper's threshold 4 already differs at step 5.
import math

import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, beta1, beta2, eps = 0.1, 0.9, 0.999, 1e-3
rho_inf = 2 / (1 - beta2) - 1
w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.RAdam([w], lr=lr, eps=eps)
for _ in range(8):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
print(f"{'torch.optim.RAdam':30} {w[0].item():+.6f} {w[1].item():+.6f}")
#> torch.optim.RAdam              -0.039929 +0.339096


def radam(variant):
    theta, m, v = torch.tensor([2.0, 2.0], dtype=torch.float64), 0.0, 0.0
    for t in range(1, 9):
        g = A @ theta - b
        m, v = beta1 * m + (1 - beta1) * g, beta2 * v + (1 - beta2) * g**2
        m_hat, c2 = m / (1 - beta1**t), 1 - beta2**t
        rho = rho_inf - 2 * t * beta2**t / c2
        if rho > (4 if variant == "threshold 4 (the paper's)" else 5):
            r = math.sqrt((rho - 4) * (rho - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho))
            adaptive = math.sqrt(c2) / (v.sqrt() + eps)  # PyTorch: eps is added before dividing by sqrt(c2)
            if variant == "eps after the correction":
                adaptive = 1 / ((v / c2).sqrt() + eps)  # as in Adam
            theta = theta - lr * r * m_hat * adaptive
        else:
            theta = theta - lr * (m if variant == "m without bias correction" else m_hat)
    return theta


for variant in ["PyTorch's form", "threshold 4 (the paper's)", "eps after the correction",
                "m without bias correction"]:
    theta = radam(variant)
    diff = (theta - w.detach()).abs().max().item()
    print(f"{variant:30} {theta[0]:+.6f} {theta[1]:+.6f}", f"max |diff| {diff:.0e}" if diff > 1e-12 else "same")
    #> PyTorch's form                 -0.039929 +0.339096 same
    #> threshold 4 (the paper's)      +0.190164 +0.602514 max |diff| 3e-01
    #> eps after the correction       -0.039943 +0.339060 max |diff| 4e-05
    #> m without bias correction      +1.262614 +1.486039 max |diff| 1e+00
