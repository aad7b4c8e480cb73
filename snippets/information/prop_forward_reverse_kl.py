# Fit one Gaussian q to a two-mode mixture p: KL(p || q) covers both modes, KL(q || p) picks one.
import math

import torch

u = torch.linspace(-12, 12, 1201, dtype=torch.float64)  # p and q are distributions over these points


def log_gaussian(mean, std):  # a Gaussian, normalized over the grid: a log-softmax
    return torch.log_softmax(-0.5 * ((u - mean) / std) ** 2, dim=0)


log_p = torch.logaddexp(math.log(0.6) + log_gaussian(-2.0, 0.6),  # weight 0.6 at -2, 0.4 at 2
                        math.log(0.4) + log_gaussian(2.0, 0.6))
p = log_p.exp()
forward = lambda log_q: (p * (log_p - log_q)).sum()  # KL(p || q)
reverse = lambda log_q: (log_q.exp() * (log_q - log_p)).sum()  # KL(q || p)


def fit(kl, start_mean):  # gradient descent on (mean, log std), from std 1
    theta = torch.tensor([start_mean, 0.0], dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.Adam([theta], lr=0.1)
    for _ in range(300):
        optimizer.zero_grad()
        kl(log_gaussian(theta[0], theta[1].exp())).backward()
        optimizer.step()
    return theta[0].item(), theta[1].exp().item()


mean_p = (p * u).sum().item()
std_p = (p * (u - mean_p) ** 2).sum().sqrt().item()
print(f"p: mean {mean_p:.3f}, std {std_p:.3f}; -ln 0.6 = {-math.log(0.6):.3f}")
#> p: mean -0.400, std 2.049; -ln 0.6 = 0.511
fits = {"KL(p||q) from 0": fit(forward, 0.0), "KL(q||p) from -1": fit(reverse, -1.0),
        "KL(q||p) from +1": fit(reverse, 1.0)}
for name, (mean, std) in fits.items():
    log_q = log_gaussian(mean, std)
    print(f"{name}: mean {mean:.3f}, std {std:.3f} |"
          f" KL(p||q) {forward(log_q):.3f}, KL(q||p) {reverse(log_q):.3f}")
    #> KL(p||q) from 0: mean -0.400, std 2.049 | KL(p||q) 0.557, KL(q||p) 1.279
    #> KL(q||p) from -1: mean -1.998, std 0.604 | KL(p||q) 8.091, KL(q||p) 0.510
    #> KL(q||p) from +1: mean 1.996, std 0.606 | KL(p||q) 12.377, KL(q||p) 0.915
