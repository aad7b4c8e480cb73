# MSELoss is the mean NLL of a Gaussian with a fixed standard deviation s, rescaled and shifted.
import math

import torch
import torch.nn.functional as F
from torch.distributions import Normal

torch.manual_seed(0)
y_hat = torch.randn(8, dtype=torch.float64)  # predictions: the Gaussian's means
y = y_hat + 0.7 * torch.randn(8, dtype=torch.float64)  # targets
mse = F.mse_loss(y_hat, y)
for s in [0.5, 1.0, 3.0]:
    nll = -Normal(y_hat, s).log_prob(y).mean()
    const = math.log(s) + 0.5 * math.log(2 * math.pi)
    print(f"s = {s}: mean NLL {nll:.10f} = MSE/(2 s^2) + const {mse / (2 * s**2) + const:.10f}"
          f" | 2 s^2 (NLL - const) {2 * s**2 * (nll - const):.10f}  MSE {mse:.10f}")
    #> s = 0.5: mean NLL 0.7374551545 = MSE/(2 s^2) + const 0.7374551545 | 2 s^2 (NLL - const) 0.2558319009  MSE 0.2558319009
    #> s = 1.0: mean NLL 1.0468544837 = MSE/(2 s^2) + const 1.0468544837 | 2 s^2 (NLL - const) 0.2558319009  MSE 0.2558319009
    #> s = 3.0: mean NLL 2.0317637053 = MSE/(2 s^2) + const 2.0317637053 | 2 s^2 (NLL - const) 0.2558319009  MSE 0.2558319009
