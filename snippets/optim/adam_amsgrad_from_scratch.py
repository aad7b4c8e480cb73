# Adam with amsgrad=True divides by the running maximum of v, so the step size never grows back.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, (beta1, beta2), eps = 0.3, (0.9, 0.5), 1e-8  # a short memory for v, so it can shrink

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.Adam([w], lr=lr, betas=(beta1, beta2), amsgrad=True)
theta, m, v, v_max = w.detach().clone(), 0.0, 0.0, torch.zeros(2, dtype=torch.float64)
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g**2
    v_max = torch.maximum(v_max, v)
    theta = theta - lr * (m / (1 - beta1**t)) / ((v_max / (1 - beta2**t)).sqrt() + eps)
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.70000000 +1.70000000   scratch +1.70000000 +1.70000000
    #> step 2: torch +1.39299433 +1.39537934   scratch +1.39299433 +1.39537934
    #> step 3: torch +1.09667252 +1.08800928   scratch +1.09667252 +1.08800928
    #> step 4: torch +0.82721357 +0.79298615   scratch +0.82721357 +0.79298615
    #> step 5: torch +0.59081218 +0.51674771   scratch +0.59081218 +0.51674771
print(torch.allclose(w.detach(), theta))
#> True
print(f"v {v[0]:.4f} {v[1]:.4f}   max of v so far {v_max[0]:.4f} {v_max[1]:.4f}")
#> v 8.3066 6.6547   max of v so far 21.2513 10.3013
