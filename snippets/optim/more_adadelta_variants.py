# Adadelta vs plausible misreadings, 5 steps on the same quadratic: only PyTorch's form matches torch.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
rho, eps = 0.9, 1e-6

w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.Adadelta([w])  # lr=1.0, rho=0.9, eps=1e-6
for _ in range(5):
    optimizer.zero_grad()
    (0.5 * w @ A @ w - b @ w).backward()
    optimizer.step()
print(f"torch.optim.Adadelta        {w[0].item():+.6f} {w[1].item():+.6f}")
#> torch.optim.Adadelta        +1.983604 +1.983591
variants = {
    "PyTorch's form": lambda a, v, g: -(a + eps).sqrt() / (v + eps).sqrt() * g,
    "eps outside the roots": lambda a, v, g: -(a.sqrt() + eps) / (v.sqrt() + eps) * g,
    "no RMS of updates (RMSprop)": lambda a, v, g: -g / (v + eps).sqrt(),
}
for name, update in variants.items():
    theta, v, a = torch.tensor([2.0, 2.0], dtype=torch.float64), 0.0, torch.zeros(2, dtype=torch.float64)
    for t in range(1, 6):
        g = A @ theta - b
        v = rho * v + (1 - rho) * g**2
        delta = update(a, v, g)
        a = rho * a + (1 - rho) * delta**2
        theta = theta + delta  # lr = 1
    print(f"{name:27} {theta[0]:+.6f} {theta[1]:+.6f}  matches torch: {torch.allclose(w.detach(), theta)}")
    #> PyTorch's form              +1.983604 +1.983591  matches torch: True
    #> eps outside the roots       +1.999975 +1.999975  matches torch: False
    #> no RMS of updates (RMSprop) +0.477080 -1.311826  matches torch: False
