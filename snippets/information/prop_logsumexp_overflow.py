# log(sum(exp(z))) overflows in float32 once a logit passes ln(float32 max); torch.logsumexp does not.
import math

import torch

print(f"ln(largest float32) = {math.log(torch.finfo(torch.float32).max):.4f}")
#> ln(largest float32) = 88.7228
for values in ([10.0, 9.0, 8.0], [100.0, 99.0, 98.0], [-110.0, -111.0, -112.0]):
    z = torch.tensor(values)  # float32
    naive = torch.log(torch.exp(z).sum())
    m = z.max()
    stable = m + torch.log(torch.exp(z - m).sum())  # from scratch: shift by the max first
    print(f"z = {values}: naive {naive.item():.4f}  shifted {stable.item():.4f}"
          f"  torch.logsumexp {torch.logsumexp(z, dim=0).item():.4f}")
    #> z = [10.0, 9.0, 8.0]: naive 10.4076  shifted 10.4076  torch.logsumexp 10.4076
    #> z = [100.0, 99.0, 98.0]: naive inf  shifted 100.4076  torch.logsumexp 100.4076
    #> z = [-110.0, -111.0, -112.0]: naive -inf  shifted -109.5924  torch.logsumexp -109.5924
