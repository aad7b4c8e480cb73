# Nesterov momentum as PyTorch implements it: b_t = mu b_{t-1} + g_t, then step along g_t + mu b_t.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, mu = 0.1, 0.9

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=lr, momentum=mu, nesterov=True)
theta, buf = w.detach().clone(), None
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b
    buf = g.clone() if buf is None else mu * buf + g
    theta = theta - lr * (g + mu * buf)  # look ahead along the momentum
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +0.86000000 +1.24000000   scratch +0.86000000 +1.24000000
    #> step 2: torch -0.04400000 +0.40870000   scratch -0.04400000 +0.40870000
    #> step 3: torch -0.48334650 -0.36264300   scratch -0.48334650 -0.36264300
    #> step 4: torch -0.46228826 -1.00722861   scratch -0.46228826 -1.00722861
    #> step 5: torch -0.13096731 -1.50645331   scratch -0.13096731 -1.50645331
print(torch.allclose(w.detach(), theta))
#> True
