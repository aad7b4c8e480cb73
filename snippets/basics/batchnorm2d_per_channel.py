# BatchNorm2d keeps one mean and variance per channel, over the batch and both spatial axes.
import torch
import torch.nn as nn

torch.manual_seed(0)
images = torch.randn(4, 3, 5, 5) * 3 + 1  # (N, C, H, W)
bn = nn.BatchNorm2d(3)
out = bn(images)  # training mode

mean = images.mean(dim=(0, 2, 3), keepdim=True)  # over N, H and W: 4 * 5 * 5 = 100 values per channel
var = images.var(dim=(0, 2, 3), unbiased=False, keepdim=True)
print(torch.allclose(out, (images - mean) / torch.sqrt(var + bn.eps), atol=1e-5))
#> True
print(out.mean(dim=(0, 2, 3)).abs().max() < 1e-6, out.var(dim=(0, 2, 3), unbiased=False))
#> tensor(True) tensor([1.0000, 1.0000, 1.0000], grad_fn=<VarBackward0>)

unbiased = images.var(dim=(0, 2, 3))  # divides by 100 - 1
print(bn.running_mean.shape, torch.allclose(bn.running_var, 0.9 * 1 + 0.1 * unbiased))  # (C,) buffers
#> torch.Size([3]) True
bn.eval()  # eval mode: the running averages, per channel
r_mean, r_var = bn.running_mean[:, None, None], bn.running_var[:, None, None]
print(torch.allclose(bn(images), (images - r_mean) / torch.sqrt(r_var + bn.eps), atol=1e-5))
#> True
