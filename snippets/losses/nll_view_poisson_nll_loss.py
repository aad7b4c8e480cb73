# PoissonNLLLoss from scratch: log_input, eps, and the Stirling term that full=True adds for targets > 1.
import math

import torch
import torch.nn.functional as F
from torch.distributions import Poisson

rate = torch.tensor([0.5, 2.0, 4.0, 10.0], dtype=torch.float64)  # predicted Poisson rates
y = torch.tensor([0.0, 1.0, 6.0, 8.0], dtype=torch.float64)  # observed counts
z = rate.log()  # log_input=True (the default) expects the log-rate

scratch = (z.exp() - y * z).mean()
print(f"log_input=True:  scratch {scratch:.10f}  built-in {F.poisson_nll_loss(z, y):.10f}")
#> log_input=True:  scratch -2.7328985228  built-in -2.7328985228
eps = 1e-8  # the default; log_input=False takes the rate itself
scratch_rate = (rate - y * (rate + eps).log()).mean()
builtin_rate = F.poisson_nll_loss(rate, y, log_input=False)
print(f"log_input=False: scratch {scratch_rate:.10f}  built-in {builtin_rate:.10f}")
#> log_input=False: scratch -2.7328985298  built-in -2.7328985298

exact = -Poisson(rate).log_prob(y)  # adds log(y!) to the loss above
print(f"-Poisson log_prob mean {exact.mean():.10f} = loss + mean log(y!) {scratch + torch.lgamma(y + 1).mean():.10f}")
#> -Poisson log_prob mean 1.5630650059 = loss + mean log(y!) 1.5630650059
stirling = torch.where(y > 1, y * y.log() - y + 0.5 * (2 * math.pi * y).log(), 0.0)
full = F.poisson_nll_loss(z, y, full=True, reduction="none")
print(f"full=True: scratch {(z.exp() - y * z + stirling).mean():.10f}  built-in {full.mean():.10f}")
#> full=True: scratch 1.5569931574  built-in 1.5569931574
print(f"full=True minus exact NLL, per element: {[round(d, 4) + 0.0 for d in (full - exact).tolist()]}")
#> full=True minus exact NLL, per element: [0.0, 0.0, -0.0139, -0.0104]
print(f"rates passed with the default log_input=True: {F.poisson_nll_loss(rate, y):.4f} (wrong)")
#> rates passed with the default log_input=True: 5496.0254 (wrong)
