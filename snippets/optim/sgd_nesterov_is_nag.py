# Sutskever's NAG: ONE gradient per step, at the look-ahead point theta + mu u, which PyTorch stores.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, mu = 0.1, 0.9

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=lr, momentum=mu, nesterov=True)
theta, u = w.detach().clone(), torch.zeros(2, dtype=torch.float64)  # NAG's parameters and velocity
for t in range(1, 6):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
    look_ahead = theta + mu * u
    g = A @ look_ahead - b  # NAG's only gradient of the step, at the look-ahead point
    u = mu * u - lr * g
    theta = theta + u
    ahead = theta + mu * u  # the change of variables: NAG's next look-ahead point
    print(f"step {t}: torch {w[0].item():+.8f} {w[1].item():+.8f}   "
          f"NAG theta + mu u {ahead[0]:+.8f} {ahead[1]:+.8f}")
    #> step 1: torch +0.86000000 +1.24000000   NAG theta + mu u +0.86000000 +1.24000000
    #> step 2: torch -0.04400000 +0.40870000   NAG theta + mu u -0.04400000 +0.40870000
    #> step 3: torch -0.48334650 -0.36264300   NAG theta + mu u -0.48334650 -0.36264300
    #> step 4: torch -0.46228826 -1.00722861   NAG theta + mu u -0.46228826 -1.00722861
    #> step 5: torch -0.13096731 -1.50645331   NAG theta + mu u -0.13096731 -1.50645331
print(torch.allclose(w.detach(), ahead), f"NAG's own theta: {theta[0]:+.8f} {theta[1]:+.8f}")
#> True NAG's own theta: -0.17324035 -0.98339134
