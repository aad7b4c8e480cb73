# nn.Dropout(p) zeroes each element with probability p in training and scales the rest by 1/(1-p).
import torch
import torch.nn as nn

p = 0.5
dropout = nn.Dropout(p=p)
x = torch.ones(2, 8)

torch.manual_seed(0)
trained = dropout(x)  # a module starts in training mode
print(trained)
#> tensor([[0., 0., 2., 0., 0., 0., 2., 2.],
#>         [0., 2., 2., 2., 2., 0., 2., 2.]])
kept = trained != 0
print(torch.equal(trained[kept], x[kept] / (1 - p)))  # every survivor is x / (1 - p)
#> True

big = dropout(torch.ones(100_000))  # on average, each element keeps its value: E[y] = x
print(f"fraction kept {(big != 0).float().mean():.3f}, mean {big.mean():.3f}")
#> fraction kept 0.499, mean 0.998

dropout.eval()
print(torch.equal(dropout(x), x))  # in eval mode dropout does nothing
#> True
