# dampening = tau scales the new gradient, (1 - tau) g_t, from the second step on only.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, mu, tau = 0.1, 0.9, 0.5

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=lr, momentum=mu, dampening=tau)
theta, buf = w.detach().clone(), None
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b
    buf = g.clone() if buf is None else mu * buf + (1 - tau) * g  # step 1: b_1 = g_1, undamped
    theta = theta - lr * buf
    # 7 decimals: at 8, step 4 falls exactly half-way (-0.123290625), so the last digit would depend on rounding
    print(f"step {t}: torch {w[0].item():+.7f} {w[1].item():+.7f}   scratch {theta[0]:+.7f} {theta[1]:+.7f}")
    #> step 1: torch +1.4000000 +1.6000000   scratch +1.4000000 +1.6000000
    #> step 2: torch +0.6600000 +1.0750000   scratch +0.6600000 +1.0750000
    #> step 3: torch -0.0818750 +0.4822500   scratch -0.0818750 +0.4822500
    #> step 4: torch -0.6993375 -0.1232906   scratch -0.6993375 -0.1232906
    #> step 5: torch -1.0970709 -0.6946292   scratch -1.0970709 -0.6946292
print(torch.allclose(w.detach(), theta))
#> True
