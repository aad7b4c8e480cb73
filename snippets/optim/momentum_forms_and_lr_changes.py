# torch.optim.SGD's momentum (b = mu b + g, theta -= lr b) vs Sutskever's (u = mu u - lr g, theta += u).
import torch


def pytorch_form(lrs, mu=0.9):
    theta = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([theta], lr=lrs[0], momentum=mu)
    for lr in lrs:
        optimizer.param_groups[0]["lr"] = lr  # what a learning-rate scheduler does
        optimizer.zero_grad()
        (theta**2).backward()
        optimizer.step()
    return theta.item()


def classic_form(lrs, mu=0.9):
    theta, u = 1.0, 0.0  # u: the classic velocity, with the learning rate inside
    for lr in lrs:
        u = mu * u - lr * 2 * theta  # 2 theta is the gradient of theta^2
        theta = theta + u
    return theta


constant = [0.1] * 6  # 6 steps
dropped = [0.1] * 3 + [0.01] * 3  # the learning rate drops 10x after 3 steps
print(f"constant lr: torch.optim.SGD {pytorch_form(constant):+.6f}  classic {classic_form(constant):+.6f}")
#> constant lr: torch.optim.SGD -0.708974  classic -0.708974
print(f"lr dropped:  torch.optim.SGD {pytorch_form(dropped):+.6f}  classic {classic_form(dropped):+.6f}")
#> lr dropped:  torch.optim.SGD -0.039202  classic -0.888480
