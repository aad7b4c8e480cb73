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
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.40000000 +1.60000000   scratch +1.40000000 +1.60000000
    #> step 2: torch +0.66000000 +1.07500000   scratch +0.66000000 +1.07500000
    #> step 3: torch -0.08187500 +0.48225000   scratch -0.08187500 +0.48225000
    #> step 4: torch -0.69933750 -0.12329063   scratch -0.69933750 -0.12329062
    #> step 5: torch -1.09707086 -0.69462922   scratch -1.09707086 -0.69462922
print(torch.allclose(w.detach(), theta))
#> True
