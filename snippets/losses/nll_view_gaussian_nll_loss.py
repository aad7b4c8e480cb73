# GaussianNLLLoss from scratch: var is clamped at eps, and the constant log(2 pi)/2 comes only with full=True.
import math

import torch
import torch.nn.functional as F
from torch.distributions import Normal

y_hat = torch.tensor([0.5, -1.0, 2.0, 0.0], dtype=torch.float64)  # predicted means
var = torch.tensor([0.25, 1.0, 4.0, 1e-9], dtype=torch.float64)  # predicted variances; the last < eps
y = torch.tensor([0.0, -0.5, 3.0, 1e-4], dtype=torch.float64)  # targets
eps = 1e-6  # the default

v = var.clamp(min=eps)
scratch = (0.5 * (v.log() + (y_hat - y) ** 2 / v)).mean()
print(f"full=False: scratch {scratch:.10f}  built-in {F.gaussian_nll_loss(y_hat, y, var):.10f}")
#> full=False: scratch -1.5381888197  built-in -1.5381888197
full = scratch + 0.5 * math.log(2 * math.pi)
print(f"full=True:  scratch {full:.10f}  built-in {F.gaussian_nll_loss(y_hat, y, var, full=True):.10f}")
#> full=True:  scratch -0.6192502865  built-in -0.6192502865
print(f"-Normal(y_hat, sqrt(clamped var)).log_prob(y).mean() = {-Normal(y_hat, v.sqrt()).log_prob(y).mean():.10f}")
#> -Normal(y_hat, sqrt(clamped var)).log_prob(y).mean() = -0.6192502865
unclamped = (0.5 * (var.log() + (y_hat - y) ** 2 / var)).mean()
print(f"without the clamp: {unclamped:.10f}")
#> without the clamp: -1.1529082296
try:
    F.gaussian_nll_loss(y_hat, y, -var)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: var has negative entry/entries
