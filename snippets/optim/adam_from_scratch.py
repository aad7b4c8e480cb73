# Adam: m and v are moving averages of g and g^2, bias-corrected, then theta -= lr m_hat / (sqrt(v_hat) + eps).
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, (beta1, beta2), eps = 0.1, (0.9, 0.999), 1e-8

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.Adam([w], lr=lr, betas=(beta1, beta2), eps=eps)
theta, m, v = w.detach().clone(), torch.zeros(2, dtype=torch.float64), torch.zeros(2, dtype=torch.float64)
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g**2
    m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)  # remove the bias towards the zero start
    theta = theta - lr * m_hat / (v_hat.sqrt() + eps)
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.90000000 +1.90000000   scratch +1.90000000 +1.90000000
    #> step 2: torch +1.80020165 +1.80011785   scratch +1.80020165 +1.80011785
    #> step 3: torch +1.70075830 +1.70043856   scratch +1.70075830 +1.70043856
    #> step 4: torch +1.60183868 +1.60105199   scratch +1.60183868 +1.60105199
    #> step 5: torch +1.50362783 +1.50205277   scratch +1.50362783 +1.50205277
print(torch.allclose(w.detach(), theta))
#> True
