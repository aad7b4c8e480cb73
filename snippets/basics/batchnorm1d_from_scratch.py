# BatchNorm1d in training mode by hand: biased batch variance to normalize, unbiased for the running average.
import torch
import torch.nn as nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3, momentum=0.1, eps=1e-5)
x = torch.randn(8, 3) * 2 + 5  # N = 8 samples, C = 3 features

out = bn(x)  # training mode: normalize with this batch's statistics
mean, var = x.mean(dim=0), x.var(dim=0, unbiased=False)
by_hand = (x - mean) / torch.sqrt(var + bn.eps) * bn.weight + bn.bias  # gamma = 1, beta = 0 at start
print(torch.allclose(out, by_hand, atol=1e-6))
#> True

running_mean = (1 - 0.1) * torch.zeros(3) + 0.1 * mean
running_var = (1 - 0.1) * torch.ones(3) + 0.1 * x.var(dim=0, unbiased=True)  # unbiased here
print(torch.allclose(bn.running_mean, running_mean), torch.allclose(bn.running_var, running_var))
#> True True

bn.eval()  # eval mode: normalize with the running averages instead
print(torch.allclose(bn(x), (x - running_mean) / torch.sqrt(running_var + bn.eps), atol=1e-6))
#> True
