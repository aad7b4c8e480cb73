# On f(theta) = a/2 theta^2, SGD is stable only for lr < 2/a; with momentum mu, only for lr < 2(1 + mu)/a.
import torch

a, mu = 50.0, 0.9  # the largest curvature of the race's quadratic 1/2 (w0^2 + 50 w1^2)
print(f"2/a = {2 / a:.3f}   2(1 + mu)/a = {2 * (1 + mu) / a:.3f}")
#> 2/a = 0.040   2(1 + mu)/a = 0.076


def factor(lr, momentum):
    """Largest |root| of z^2 - (1 + mu - lr a) z + mu: how much |theta| changes per step, in the long run."""
    M = torch.tensor([[1 + momentum - lr * a, -momentum], [1.0, 0.0]], dtype=torch.float64)
    return torch.linalg.eigvals(M).abs().max().item()


def after_200_steps(lr, momentum):
    theta = torch.tensor([1.0], dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([theta], lr=lr, momentum=momentum)
    for _ in range(200):
        optimizer.zero_grad()
        (0.5 * a * theta**2).sum().backward()
        optimizer.step()
    return abs(theta.item())


for momentum, rates in [(0.0, [0.039, 0.041]), (mu, [0.075, 0.077])]:
    for lr in rates:
        size = after_200_steps(lr, momentum)
        print(f"momentum {momentum}, lr {lr}: factor {factor(lr, momentum):.3f}, "
              f"|theta| after 200 steps {size:.1e}")
        #> momentum 0.0, lr 0.039: factor 0.950, |theta| after 200 steps 3.5e-05
        #> momentum 0.0, lr 0.041: factor 1.050, |theta| after 200 steps 1.7e+04
        #> momentum 0.9, lr 0.075: factor 0.949, |theta| after 200 steps 1.8e-04
        #> momentum 0.9, lr 0.077: factor 1.200, |theta| after 200 steps 3.2e+16
