# Reddi, Kale & Kumar (2018): a simple problem on which Adam converges to the worst point, not the best.
import torch

C = 3.0  # the loss at step t is C x when t % 3 == 1 and -x otherwise, with x kept in [-1, 1]
beta2 = 1 / (1 + C**2)  # the paper's choice: a short memory for the squared gradients


def final_x(make, steps=3000):
    x = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    optimizer = make([x])
    for t in range(1, steps + 1):
        optimizer.zero_grad()
        (C * x if t % 3 == 1 else -x).sum().backward()
        optimizer.step()
        with torch.no_grad():
            x.clamp_(-1.0, 1.0)  # project back onto the interval
    return x.item()


# Over each cycle of three steps the losses add up to (C - 2) x: the best point is x = -1.
print(f"SGD                   x = {final_x(lambda p: torch.optim.SGD(p, lr=0.01)):+.3f}")
#> SGD                   x = -0.980
print(f"Adam, beta2 = 0.1     x = {final_x(lambda p: torch.optim.Adam(p, lr=0.01, betas=(0.0, beta2))):+.3f}")
#> Adam, beta2 = 0.1     x = +1.000
print(f"AMSGrad, beta2 = 0.1  x = {final_x(lambda p: torch.optim.Adam(p, lr=0.01, betas=(0.0, beta2), amsgrad=True)):+.3f}")
#> AMSGrad, beta2 = 0.1  x = -0.993
print(f"Adam, default betas   x = {final_x(lambda p: torch.optim.Adam(p, lr=0.01)):+.3f}")
#> Adam, default betas   x = -1.000
