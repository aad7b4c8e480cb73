# LeakyReLU's slope is a fixed hyper-parameter; PReLU's is a parameter that training updates.
import torch
import torch.nn as nn

leaky, prelu = nn.LeakyReLU(negative_slope=0.01), nn.PReLU(init=0.25)
print(list(leaky.parameters()), [tuple(p.shape) for p in prelu.parameters()])
#> [] [(1,)]

x = torch.tensor([-2.0, -1.0, 3.0])
print(leaky(x), prelu(x))
#> tensor([-0.0200, -0.0100,  3.0000]) tensor([-0.5000, -0.2500,  3.0000], grad_fn=<PreluKernelBackward0>)
prelu(x).sum().backward()
print(prelu.weight.grad)  # d/d(slope) = sum of the negative inputs: -3
#> tensor([-3.])
