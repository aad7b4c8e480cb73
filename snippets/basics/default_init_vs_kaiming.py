# nn.Linear's default weights vs Kaiming's: d_in * Var(W), and the scale factor per ReLU layer it implies.
import math

import torch
import torch.nn as nn

torch.manual_seed(0)
d_in = 64
default = nn.Linear(d_in, 20_000).weight.detach()  # PyTorch's default: uniform on +-1/sqrt(d_in)
kaiming = nn.init.kaiming_normal_(torch.empty(20_000, d_in), nonlinearity="relu")  # normal, Var 2/d_in
print(f"default: max |w| {default.abs().max():.4f}, 1/sqrt(d_in) {1 / math.sqrt(d_in):.4f}, "
      f"d_in * Var(W) {d_in * default.var():.3f} (1/3 = {1 / 3:.3f})")
#> default: max |w| 0.1250, 1/sqrt(d_in) 0.1250, d_in * Var(W) 0.333 (1/3 = 0.333)
print(f"Kaiming: d_in * Var(W) {d_in * kaiming.var():.3f}")
#> Kaiming: d_in * Var(W) 2.002

for name, d_in_var in {"default": 1 / 3, "Kaiming": 2.0}.items():
    factor = math.sqrt(d_in_var / 2)  # a ReLU keeps half the variance: std times sqrt(d_in Var(W) / 2)
    print(f"{name:8} factor per layer {factor:.3f}, over the 29 layers from 30 back to 1 {factor**29:.1e}")
    #> default  factor per layer 0.408, over the 29 layers from 30 back to 1 5.2e-12
    #> Kaiming  factor per layer 1.000, over the 29 layers from 30 back to 1 1.0e+00
