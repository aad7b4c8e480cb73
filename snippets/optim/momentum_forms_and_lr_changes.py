# PyTorch's momentum (b = mu b + g; theta -= lr b) vs the classic form (v = mu v + lr g; theta -= v).
import torch


def run(lrs, form, mu=0.9):
    theta, velocity = torch.tensor(1.0, dtype=torch.float64), torch.tensor(0.0, dtype=torch.float64)
    for lr in lrs:
        g = 2 * theta  # gradient of f(theta) = theta^2
        if form == "pytorch":
            velocity = mu * velocity + g
            theta = theta - lr * velocity
        else:
            velocity = mu * velocity + lr * g
            theta = theta - velocity
    return theta.item()


constant = [0.1] * 6
dropped = [0.1] * 3 + [0.01] * 3  # the learning rate drops 10x after 3 steps
print(f"constant lr: pytorch {run(constant, 'pytorch'):.6f}  classic {run(constant, 'classic'):.6f}")
#> constant lr: pytorch -0.708974  classic -0.708974
print(f"lr dropped:  pytorch {run(dropped, 'pytorch'):.6f}  classic {run(dropped, 'classic'):.6f}")
#> lr dropped:  pytorch -0.039202  classic -0.888480
