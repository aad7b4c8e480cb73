# SGD with momentum, PyTorch's form: b_1 = g_1, b_t = mu b_{t-1} + g_t, theta -= lr b_t.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, mu = 0.1, 0.9

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=lr, momentum=mu)
theta, buf = w.detach().clone(), None
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b
    buf = g.clone() if buf is None else mu * buf + g  # the buffer holds raw gradients, not steps
    theta = theta - lr * buf
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.40000000 +1.60000000   scratch +1.40000000 +1.60000000
    #> step 2: torch +0.46000000 +0.91000000   scratch +0.46000000 +0.91000000
    #> step 3: torch -0.46950000 +0.07500000   scratch -0.46950000 +0.07500000
    #> step 4: torch -1.06895000 -0.76052500   scratch -1.06895000 -0.76052500
    #> step 5: torch -1.14974375 -1.48299750   scratch -1.14974375 -1.48299750
print(torch.allclose(w.detach(), theta))
#> True
