# 0 log 0 is 0 by convention, but 0 * log(0) in floating point is 0 * -inf = nan.
import torch

p = torch.tensor([1.0, 0.0, 0.0, 0.0, 0.0])
q = torch.tensor([0.98, 0.01, 0.0, 0.0, 0.01])

naive = -(p * torch.log(q)).sum()
print(f"naive -sum p*log(q):   {naive}")
#> naive -sum p*log(q):   nan
print(f"-sum xlogy(p, q):      {-torch.xlogy(p, q).sum():.4f}")  # xlogy(0, y) is 0 for any y
#> -sum xlogy(p, q):      0.0202

# The same trap in the entropy of q itself; torch.special.entr(x) = -x log x, with entr(0) = 0.
print(f"naive H(q):            {-(q * torch.log(q)).sum()}")
#> naive H(q):            nan
print(f"entr(q).sum():         {torch.special.entr(q).sum():.4f}")
#> entr(q).sum():         0.1119
