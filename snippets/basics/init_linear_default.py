# nn.Linear's default init: kaiming_uniform_(a=sqrt(5)), which is U(-1/sqrt(d_in), 1/sqrt(d_in)).
import inspect
import math

import torch
import torch.nn as nn

source = inspect.getsource(nn.Linear.reset_parameters)
for line in source.splitlines():
    if line.strip().startswith(("init.", "bound")):  # the lines that draw the weight and the bias
        print(line.strip())
        #> init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        #> bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0
        #> init.uniform_(self.bias, -bound, bound)

d_in, d_out = 1024, 256
gain = nn.init.calculate_gain("leaky_relu", math.sqrt(5))  # sqrt(2 / (1 + 5)) = sqrt(1/3)
print(f"bound gain * sqrt(3 / d_in) {gain * math.sqrt(3 / d_in):.6f}   1 / sqrt(d_in) {1 / math.sqrt(d_in):.6f}")
#> bound gain * sqrt(3 / d_in) 0.031250   1 / sqrt(d_in) 0.031250

torch.manual_seed(0)
layer = nn.Linear(d_in, d_out)
w, b = layer.weight.detach(), layer.bias.detach()
print(f"weight: max |w| {w.abs().max():.6f}, Var {w.var():.3e}, 1 / (3 d_in) {1 / (3 * d_in):.3e}")
#> weight: max |w| 0.031250, Var 3.257e-04, 1 / (3 d_in) 3.255e-04
print(f"bias:   max |b| {b.abs().max():.6f}, both within 1 / sqrt(d_in): {bool(max(w.abs().max(), b.abs().max()) <= 1 / math.sqrt(d_in))}")
#> bias:   max |b| 0.031238, both within 1 / sqrt(d_in): True
print(f"Kaiming for ReLU would be Var 2 / d_in = {2 / d_in:.3e}: {2 / d_in * 3 * d_in:.0f} times larger")
#> Kaiming for ReLU would be Var 2 / d_in = 1.953e-03: 6 times larger
