# In float32, sigmoid(x) is exactly 1.0 once 1 + e^(-x) rounds to 1, that is for x above 24 ln 2.
import math

import torch

x = torch.linspace(16, 17, 10001)  # float32, steps of 1e-4
first_one = x[torch.sigmoid(x) == 1.0][0]
print(f"first x with sigmoid(x) == 1.0: {first_one:.4f}; 24 ln 2 = {24 * math.log(2):.4f}")
#> first x with sigmoid(x) == 1.0: 16.6356; 24 ln 2 = 16.6355

z = torch.tensor([5.0, 10.0, 20.0], requires_grad=True)
torch.sigmoid(z).sum().backward()
print(torch.sigmoid(z.detach()) == 1.0, z.grad)  # at x = 20 the output is 1.0 and the gradient exactly 0
#> tensor([False, False,  True]) tensor([6.6480e-03, 4.5417e-05, 0.0000e+00])
print(torch.sigmoid(torch.tensor([-80.0, -100.0])))  # and exactly 0.0 far enough to the left
#> tensor([1.8049e-35, 0.0000e+00])
