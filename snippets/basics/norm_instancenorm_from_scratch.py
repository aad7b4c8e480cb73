# InstanceNorm: per sample and per channel, stats over the spatial axes only (L, or H and W).
import torch
import torch.nn as nn

torch.manual_seed(0)
f64 = dict(dtype=torch.float64)
x2 = torch.randn(2, 3, 4, 4, **f64) * torch.tensor([0.5, 1.0, 3.0], **f64).view(1, 3, 1, 1)  # (N, C, H, W)
x1 = x2.flatten(2) + torch.tensor([1.0, -2.0, 4.0], **f64).view(1, 3, 1)  # (N, C, L) with L = 16
in2 = nn.InstanceNorm2d(3, affine=True, **f64)  # eps = 1e-5; gamma, beta: one per channel
in1 = nn.InstanceNorm1d(3, **f64)
print(in1.affine, in1.track_running_stats)  # the defaults: no gamma/beta, no running statistics
#> False False
with torch.no_grad():
    in2.weight.uniform_(0.5, 1.5)
    in2.bias.uniform_(-1, 1)


def instance_norm(x, dims, unbiased=False):
    mean, var = x.mean(dims, keepdim=True), x.var(dims, keepdim=True, unbiased=unbiased)
    return (x - mean) / torch.sqrt(var + 1e-5)


gamma, beta = in2.weight.view(1, 3, 1, 1), in2.bias.view(1, 3, 1, 1)
builtin, ours = in2(x2).detach(), (instance_norm(x2, (2, 3)) * gamma + beta).detach()
print(builtin[0, 2, 0], ours[0, 2, 0])
#> tensor([ 0.8930,  1.6988,  0.9953, -0.5070], dtype=torch.float64) tensor([ 0.8930,  1.6988,  0.9953, -0.5070], dtype=torch.float64)
print("2d over (H, W):", torch.allclose(ours, builtin),
      "| over (C, H, W):", torch.allclose(instance_norm(x2, (1, 2, 3)) * gamma + beta, builtin),
      "| unbiased:", torch.allclose(instance_norm(x2, (2, 3), unbiased=True) * gamma + beta, builtin))
#> 2d over (H, W): True | over (C, H, W): False | unbiased: False
print("1d over L:", torch.allclose(instance_norm(x1, 2), in1(x1)), "| over C:", torch.allclose(instance_norm(x1, 1), in1(x1)))
#> 1d over L: True | over C: False
