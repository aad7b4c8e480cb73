# L1Loss is the mean NLL of a Laplace distribution with a fixed scale s, rescaled and shifted.
import math

import torch
import torch.nn.functional as F
from torch.distributions import Laplace

torch.manual_seed(0)
y_hat = torch.randn(8, dtype=torch.float64)  # predictions: the Laplace locations
y = y_hat + 0.7 * torch.randn(8, dtype=torch.float64)  # targets
l1 = F.l1_loss(y_hat, y)
for s in [0.5, 2.0]:
    nll = -Laplace(y_hat, s).log_prob(y).mean()
    const = math.log(2 * s)
    print(f"s = {s}: mean NLL {nll:.10f} = L1/s + log(2s) {l1 / s + const:.10f}"
          f" | s (NLL - const) {s * (nll - const):.10f}  L1 {l1:.10f}")
    #> s = 0.5: mean NLL 0.8841770556 = L1/s + log(2s) 0.8841770556 | s (NLL - const) 0.4420885278  L1 0.4420885278
    #> s = 2.0: mean NLL 1.6073386250 = L1/s + log(2s) 1.6073386250 | s (NLL - const) 0.4420885278  L1 0.4420885278
