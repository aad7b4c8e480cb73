# Gibbs' inequality, KL(p || q) >= 0, through log x <= x - 1, on 10000 random pairs of distributions.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
p = F.softmax(3 * torch.randn(10000, 5, dtype=torch.float64), dim=1)  # 10000 distributions over C = 5
q = F.softmax(3 * torch.randn(10000, 5, dtype=torch.float64), dim=1)
p[:100, 0] = 0  # some targets with zero entries, renormalized
p[:100] /= p[:100].sum(dim=1, keepdim=True)

kl = (torch.xlogy(p, p) - torch.xlogy(p, q)).sum(dim=1)  # sum of p log(p / q), 0 log 0 = 0
# The proof's middle step: -KL = sum_{p_c > 0} p_c log(q_c / p_c) <= sum_{p_c > 0} (q_c - p_c) <= 0.
bound = torch.where(p > 0, q - p, torch.zeros_like(q)).sum(dim=1)
print(f"smallest KL {kl.min():.4f}, all >= 0: {bool((kl >= 0).all())}")
#> smallest KL 0.0025, all >= 0: True
print("-KL <= sum_{p>0} (q - p) <= 0 for every pair:", bool((-kl <= bound + 1e-12).all() and (bound <= 1e-12).all()))
#> -KL <= sum_{p>0} (q - p) <= 0 for every pair: True
print(torch.allclose(kl, F.kl_div(q.log(), p, reduction="none").sum(dim=1)))
#> True
