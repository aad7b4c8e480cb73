# mode="fan_in" keeps the forward second moment, mode="fan_out" the backward one; they differ when d_in != d_out.
import torch
import torch.nn as nn

torch.manual_seed(0)
d_in, d_out = 1024, 64
z_below = torch.randn(4096, d_in, dtype=torch.float64)  # pre-activation of the layer below
h = torch.relu(z_below).requires_grad_()  # this layer's input
delta = torch.randn(4096, d_out, dtype=torch.float64)  # dL/dz arriving from above
print(f"E[z_below^2] {z_below.pow(2).mean():.3f}, E[delta^2] {delta.pow(2).mean():.3f}")
#> E[z_below^2] 1.000, E[delta^2] 1.001
for mode in ["fan_in", "fan_out"]:
    W = nn.init.kaiming_normal_(torch.empty(d_out, d_in, dtype=torch.float64), mode=mode, nonlinearity="relu")
    z = h @ W.T
    h.grad = None
    (z * delta).sum().backward()  # h.grad = delta W
    delta_below = h.grad * (z_below > 0)  # through ReLU's derivative
    print(f"{mode:7}: forward E[z^2] {z.pow(2).mean():.3f}, backward E[delta_below^2] {delta_below.pow(2).mean():.3f}")
    #> fan_in : forward E[z^2] 1.048, backward E[delta_below^2] 0.062
    #> fan_out: forward E[z^2] 15.943, backward E[delta_below^2] 1.009
