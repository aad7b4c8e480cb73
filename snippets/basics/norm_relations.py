# GroupNorm with 1 group is LayerNorm over (C, H, W); with C groups it is InstanceNorm. Only the affine differs.
import torch
import torch.nn as nn

torch.manual_seed(0)
N, C, H, W = 2, 4, 3, 3
f64 = dict(dtype=torch.float64)
channels = torch.arange(C, **f64).view(1, C, 1, 1)
x = torch.randn(N, C, H, W, **f64) * (1 + channels) + channels  # each channel its own mean and scale
one_group, layer_norm = nn.GroupNorm(1, C, **f64), nn.LayerNorm([C, H, W], **f64)
print("GroupNorm(1, C) == LayerNorm([C, H, W]):", torch.allclose(one_group(x), layer_norm(x)))
#> GroupNorm(1, C) == LayerNorm([C, H, W]): True
print("affine shapes:", one_group.weight.shape, layer_norm.weight.shape)  # per channel vs per element
#> affine shapes: torch.Size([4]) torch.Size([4, 3, 3])
with torch.no_grad():
    layer_norm.weight.uniform_(0.5, 1.5)  # trained LayerNorm weights differ across H, W: no GroupNorm has that
print("after training-like weights:", torch.allclose(one_group(x), layer_norm(x)))
#> after training-like weights: False

per_channel, instance = nn.GroupNorm(C, C, **f64), nn.InstanceNorm2d(C, affine=True, **f64)
print("GroupNorm(C, C) == InstanceNorm2d(C):", torch.allclose(per_channel(x), instance(x)),
      "| GroupNorm(1, C) == InstanceNorm2d(C):", torch.allclose(one_group(x), instance(x)))
#> GroupNorm(C, C) == InstanceNorm2d(C): True | GroupNorm(1, C) == InstanceNorm2d(C): False

try:  # the groups must split the channels evenly
    nn.GroupNorm(4, 6)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: num_channels (6) must be divisible by num_groups (4)
