# nn.Linear computes z = x W^T + b: check it by hand, with its parameter shapes.
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(in_features=3, out_features=2)
x = torch.randn(4, 3)  # a batch of N = 4 inputs with 3 features each

by_hand = x @ layer.weight.T + layer.bias
print(layer.weight.shape, layer.bias.shape)  # W is (out, in), b is (out,)
#> torch.Size([2, 3]) torch.Size([2])
print(torch.allclose(by_hand, layer(x)), layer(x).shape)
#> True torch.Size([4, 2])
print(sum(p.numel() for p in layer.parameters()))  # 3 * 2 weights + 2 biases
#> 8
