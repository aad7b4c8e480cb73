# Class weights for imbalanced data: inverse frequency, and the effective number of samples (Cui et al. 2019).
import torch
import torch.nn.functional as F

counts = torch.tensor([5000.0, 500.0, 50.0], dtype=torch.float64)  # training samples per class
C = len(counts)
inverse = counts.sum() / (C * counts)  # N / (C n_c): a balanced dataset gets weights 1
print(f"inverse frequency:      {inverse.numpy().round(4)}")
#> inverse frequency:      [ 0.37  3.7  37.  ]
for beta in [0.9, 0.99, 0.999, 0.9999]:
    effective = (1 - beta**counts) / (1 - beta)  # E_n = (1 - beta^n) / (1 - beta)
    w = (1 / effective) / (1 / effective).sum() * C  # normalized to sum to C
    print(f"beta = {beta:<6}: E_n = {effective.numpy().round(1)}, w = {w.numpy().round(4)}")
    #> beta = 0.9   : E_n = [10.  10.   9.9], w = [0.9983 0.9983 1.0034]
    #> beta = 0.99  : E_n = [100.   99.3  39.5], w = [0.661  0.6654 1.6735]
    #> beta = 0.999 : E_n = [993.3 393.6  48.8], w = [0.1256 0.317  2.5574]
    #> beta = 0.9999: E_n = [3934.8  487.7   49.9], w = [0.0341 0.2752 2.6907]

w = inverse / inverse.sum() * C  # inverse frequency normalized the same way, for comparison
print(f"inverse, sum C:         {w.numpy().round(4)}")
#> inverse, sum C:         [0.027  0.2703 2.7027]

torch.manual_seed(0)
z = torch.randn(6, C, dtype=torch.float64)
y = torch.tensor([0, 0, 0, 0, 1, 2])
scratch = (w[y] * F.cross_entropy(z, y, reduction="none")).sum() / w[y].sum()
print(f"weighted CE: scratch {scratch:.10f}  built-in {F.cross_entropy(z, y, weight=w):.10f}")
#> weighted CE: scratch 0.5979945734  built-in 0.5979945734
