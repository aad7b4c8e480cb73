# BatchNorm2d keeps one mean and variance per channel, over the batch and both spatial axes.
import torch
import torch.nn as nn

torch.manual_seed(0)
images = torch.randn(4, 3, 5, 5) * 3 + 1  # (N, C, H, W)
bn = nn.BatchNorm2d(3)
out = bn(images)

mean = images.mean(dim=(0, 2, 3), keepdim=True)
var = images.var(dim=(0, 2, 3), unbiased=False, keepdim=True)
print(torch.allclose(out, (images - mean) / torch.sqrt(var + bn.eps), atol=1e-5))
#> True
print(bn.running_mean.shape, bn.running_var.shape)  # (C,): per channel, for this layer only
#> torch.Size([3]) torch.Size([3])
print(out.mean(dim=(0, 2, 3)).abs().max() < 1e-6, out.var(dim=(0, 2, 3), unbiased=False))
#> tensor(True) tensor([1.0000, 1.0000, 1.0000], grad_fn=<VarBackward0>)
