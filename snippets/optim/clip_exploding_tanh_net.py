# A deep tanh network with a large initialization: the weight gradients grow layer after layer toward the input.
import torch
import torch.nn as nn


def exploding_net(depth=20, width=32, gain=3.0):
    torch.manual_seed(0)
    layers = [nn.Linear(width, width, dtype=torch.float64) for _ in range(depth)]
    for layer in layers:
        nn.init.normal_(layer.weight, std=gain / width**0.5)  # 3 times the std that keeps a linear map's scale
        nn.init.zeros_(layer.bias)
    return nn.Sequential(*[m for layer in layers for m in (layer, nn.Tanh())], nn.Linear(width, 1, dtype=torch.float64))


torch.manual_seed(1)
X = torch.randn(64, 32, dtype=torch.float64)
y = torch.sin(2 * X[:, :1])
model = exploding_net()
pre_activations = []
for layer in model[0:40:2]:
    layer.register_forward_hook(lambda module, inputs, output: pre_activations.append(output.detach()))
((model(X) - y) ** 2).mean().backward()
norms = [layer.weight.grad.norm().item() for layer in model[0:40:2]]  # the 20 hidden layers, input first
for first in range(0, 20, 5):
    print(" ".join(f"layer {k + 1:2}: {norms[k]:7.3f}" for k in range(first, first + 5)))
    #> layer  1:  63.956 layer  2:  36.717 layer  3:  31.765 layer  4:  29.525 layer  5:  19.796
    #> layer  6:  15.604 layer  7:   9.564 layer  8:   6.672 layer  9:   5.327 layer 10:   3.657
    #> layer 11:   3.069 layer 12:   2.261 layer 13:   1.727 layer 14:   1.446 layer 15:   0.972
    #> layer 16:   0.690 layer 17:   0.513 layer 18:   0.347 layer 19:   0.275 layer 20:   0.200
largest_slope = max((1 - torch.tanh(z) ** 2).max().item() for z in pre_activations)
print(f"layer 1 / layer 20: {norms[0] / norms[19]:.0f}; the largest tanh' in the network: {largest_slope:.4f}")
#> layer 1 / layer 20: 319; the largest tanh' in the network: 1.0000
