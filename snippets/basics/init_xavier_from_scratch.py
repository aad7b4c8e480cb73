# Xavier/Glorot: Var(W) = gain^2 * 2 / (d_in + d_out); uniform bound = sqrt(3) * std.
import math

import torch
import torch.nn as nn

torch.manual_seed(0)
d_out, d_in = 256, 1024  # a weight of nn.Linear(1024, 256) has shape (d_out, d_in)
gain = nn.init.calculate_gain("tanh")  # 5/3
std = gain * math.sqrt(2 / (d_in + d_out))
bound = gain * math.sqrt(6 / (d_in + d_out))  # U(-a, a) has std a / sqrt(3)
print(f"formula: std {std:.4f}, bound {bound:.4f}   (fan_in only: std {gain / math.sqrt(d_in):.4f})")
#> formula: std 0.0659, bound 0.1141   (fan_in only: std 0.0521)

w = nn.init.xavier_uniform_(torch.empty(d_out, d_in), gain=gain)
print(f"xavier_uniform_: std {w.std():.4f}, max |w| {w.abs().max():.4f}, within bound: {bool(w.abs().max() <= bound)}")
#> xavier_uniform_: std 0.0659, max |w| 0.1141, within bound: True
w = nn.init.xavier_normal_(torch.empty(d_out, d_in), gain=gain)
print(f"xavier_normal_:  std {w.std():.4f}")
#> xavier_normal_:  std 0.0659
