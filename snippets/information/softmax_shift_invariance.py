# softmax(z + c) = softmax(z): subtracting max(z) first keeps exp() from overflowing.
import torch
import torch.nn.functional as F

z = torch.tensor([1.0, 2.0, 3.0])
print(F.softmax(z, dim=0), F.softmax(z + 100.0, dim=0))
#> tensor([0.0900, 0.2447, 0.6652]) tensor([0.0900, 0.2447, 0.6652])

big = torch.tensor([1000.0, 999.0, 998.0])
naive = big.exp() / big.exp().sum()  # exp(1000) overflows float32 to inf; inf / inf = nan
stable = (big - big.max()).exp() / (big - big.max()).exp().sum()
print(naive)
#> tensor([nan, nan, nan])
print(stable, torch.allclose(stable, F.softmax(big, dim=0)))
#> tensor([0.6652, 0.2447, 0.0900]) True
