# Adamax: v_inf = max(beta2 v_inf, |g_t| + eps), theta -= lr / (1 - beta1^t) * m_t / v_inf (papers: u_t).
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, (beta1, beta2), eps = 0.1, (0.9, 0.999), 1e-8

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.Adamax([w], lr=lr)
theta, m, v_inf = w.detach().clone(), 0.0, torch.zeros(2, dtype=torch.float64)
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    g = A @ theta - b
    m = beta1 * m + (1 - beta1) * g
    v_inf = torch.maximum(beta2 * v_inf, g.abs() + eps)  # PyTorch puts eps inside the max
    theta = theta - lr / (1 - beta1**t) * m / v_inf
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   scratch {theta[0]:+.8f} {theta[1]:+.8f}")
    #> step 1: torch +1.90000000 +1.90000000   scratch +1.90000000 +1.90000000
    #> step 2: torch +1.80297315 +1.80187556   scratch +1.80297315 +1.80187556
    #> step 3: torch +1.70896692 +1.70566513   scratch +1.70896692 +1.70566513
    #> step 4: torch +1.61802312 +1.61140419   scratch +1.61802312 +1.61140419
    #> step 5: torch +1.53017759 +1.51912504   scratch +1.53017759 +1.51912504
print(torch.allclose(w.detach(), theta))
#> True
