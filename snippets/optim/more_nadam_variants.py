# NAdam vs plausible misreadings of its formula, 5 steps, eps = 1e-3: each one ends somewhere else.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, beta1, beta2, eps, psi = 0.1, 0.9, 0.999, 1e-3, 0.004
w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.NAdam([w], lr=lr, eps=eps)
for _ in range(5):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
print(f"{'torch.optim.NAdam':30} {w[0].item():+.6f} {w[1].item():+.6f}")
#> torch.optim.NAdam              +1.610955 +1.605010


def nadam(variant):
    mu = lambda t: beta1 if variant == "mu_t = beta1, no schedule" else beta1 * (1 - 0.5 * 0.96 ** (t * psi))  # noqa
    theta, m, v = torch.tensor([2.0, 2.0], dtype=torch.float64), 0.0, 0.0
    prod = torch.tensor(1.0, dtype=torch.float64 if variant == "mu product in float64" else torch.float32)
    for t in range(1, 6):
        g = A @ theta - b
        c = mu(t) if variant == "mu_t in the moving average" else beta1
        m, v = c * m + (1 - c) * g, beta2 * v + (1 - beta2) * g**2
        prod *= mu(t)
        p, p_next = prod.item(), prod.item() * mu(t + 1)
        if variant == "beta1^t instead of the product":
            p, p_next = beta1**t, beta1 ** (t + 1)
        v_hat = v / (1 - beta2**t)
        denom = (v_hat + eps**2).sqrt() if variant == "eps inside the root" else v_hat.sqrt() + eps
        theta = theta - lr * (1 - mu(t)) / (1 - p) * g / denom - lr * mu(t + 1) / (1 - p_next) * m / denom
    return theta


for variant in ["PyTorch's form", "mu product in float64", "mu_t = beta1, no schedule",
                "mu_t in the moving average", "beta1^t instead of the product", "eps inside the root"]:
    theta = nadam(variant)
    diff = (theta - w.detach()).abs().max().item()
    print(f"{variant:30} {theta[0]:+.6f} {theta[1]:+.6f}", f"max |diff| {diff:.0e}" if diff > 1e-12 else "same")
    #> PyTorch's form                 +1.610955 +1.605010 same
    #> mu product in float64          +1.610955 +1.605010 max |diff| 1e-09
    #> mu_t = beta1, no schedule      +1.437575 +1.431171 max |diff| 2e-01
    #> mu_t in the moving average     +1.485688 +1.474124 max |diff| 1e-01
    #> beta1^t instead of the product +0.762204 +0.643917 max |diff| 1e+00
    #> eps inside the root            +1.610890 +1.604910 max |diff| 1e-04
