# RMSprop, centered=True (divide by sqrt(v - mean_g^2), a standard deviation) and momentum (scaled steps).
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, alpha, eps, mu = 0.01, 0.99, 1e-8, 0.9

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.RMSprop([w], lr=lr, alpha=alpha, eps=eps, centered=True, momentum=mu)
theta, v, mean_g, buf = w.detach().clone(), torch.zeros(2, dtype=torch.float64), 0.0, 0.0
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b
    v = alpha * v + (1 - alpha) * g**2
    mean_g = alpha * mean_g + (1 - alpha) * g
    buf = mu * buf + g / ((v - mean_g**2).sqrt() + eps)  # centered: sqrt(E[g^2] - E[g]^2), a standard deviation
    theta = theta - lr * buf
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.89949622 +1.89949622   scratch +1.89949622 +1.89949622
    #> step 2: torch +1.73962278 +1.73882035   scratch +1.73962278 +1.73882035
    #> step 3: torch +1.54210604 +1.53858688   scratch +1.54210604 +1.53858688
    #> step 4: torch +1.32181301 +1.31238264   scratch +1.32181301 +1.31238264
    #> step 5: torch +1.09010982 +1.07014840   scratch +1.09010982 +1.07014840
print(torch.allclose(w.detach(), theta))
#> True
