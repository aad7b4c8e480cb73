# One linear layer, z = x W^T: forward Var(z) = d_in Var(W) E[x^2], backward d_out Var(W) Var(delta).
import torch

torch.manual_seed(0)
N, d_in, d_out = 20_000, 256, 64
x = (2 * torch.randn(N, d_in, dtype=torch.float64)).requires_grad_()  # Var(x) about 4
W = 0.05 * torch.randn(d_out, d_in, dtype=torch.float64)  # Var(W) about 0.0025
z = x @ W.T
delta = torch.randn(N, d_out, dtype=torch.float64)  # dL/dz with Var about 1: take L = sum(z * delta)
(z * delta).sum().backward()
print(f"forward  Var(z)     {z.var():.3f}   d_in Var(W) Var(x)      {d_in * W.var() * x.var():.3f}")
#> forward  Var(z)     2.553   d_in Var(W) Var(x)      2.549
print(f"backward Var(dL/dx) {x.grad.var():.4f}  d_out Var(W) Var(delta) {d_out * W.var() * delta.var():.4f}")
#> backward Var(dL/dx) 0.1590  d_out Var(W) Var(delta) 0.1591

h = torch.relu(z)  # ReLU keeps half of a symmetric z: it halves the second moment E[h^2] ...
print(f"E[h^2] {h.pow(2).mean():.3f}   Var(z) / 2 {z.var() / 2:.3f}   Var(h) {h.var():.3f}")
#> E[h^2] 1.275   Var(z) / 2 1.277   Var(h) 0.870
W2 = 0.05 * torch.randn(4096, d_out, dtype=torch.float64)  # a next layer, d_in = 64, many units
z2 = h[:2000] @ W2.T  # ... and it sees E[h^2], not Var(h), because W2 has mean 0
print(f"Var(z2) {z2.var():.4f}   64 Var(W2) E[h^2] {64 * W2.var() * h.pow(2).mean():.4f}"
      f"   64 Var(W2) Var(h) {64 * W2.var() * h.var():.4f}")
#> Var(z2) 0.2053   64 Var(W2) E[h^2] 0.2043   64 Var(W2) Var(h) 0.1395
