# ReLU + nn.Linear's default init: each layer multiplies the gradient by about sqrt(1/6).
import math

import torch
import torch.nn as nn

print(f"predicted factor sqrt(d_out Var(W) / 2) = sqrt(1/6) = {math.sqrt(1 / 6):.3f}, "
      f"over 29 layers {math.sqrt(1 / 6) ** 29:.1e}")
#> predicted factor sqrt(d_out Var(W) / 2) = sqrt(1/6) = 0.408, over 29 layers 5.2e-12
for seed in [1, 2, 3, 4, 5]:  # seed 1 builds the network of vanishing_gradients.py
    torch.manual_seed(0)
    x, y = torch.randn(64, 64).double(), torch.randn(64, 1).double()
    torch.manual_seed(seed)
    model = nn.Sequential(*[m for _ in range(30) for m in (nn.Linear(64, 64), nn.ReLU())], nn.Linear(64, 1))
    model.double()  # the same weights in float64: no underflow anywhere
    z, h = [], x  # z[l - 1]: the pre-activation of hidden layer l
    for layer in model:
        h = layer(h)
        if isinstance(layer, nn.Linear):
            h.retain_grad()
            z.append(h)
    nn.functional.mse_loss(h, y).backward()
    last, first = z[29].grad.norm(), z[0].grad.norm()  # ||dL/dz|| at hidden layers 30 and 1
    print(f"seed {seed}: {last:.2e} -> {first:.2e}, ratio {first / last:.1e} = {(first / last) ** (1 / 29):.3f}^29"
          f" | layer 1: ||grad W|| {model[0].weight.grad.norm():.2e}, sqrt(d_in) ||dL/dz|| {8 * first:.2e}")
    #> seed 1: 9.90e-02 -> 1.33e-13, ratio 1.3e-12 = 0.390^29 | layer 1: ||grad W|| 1.11e-12, sqrt(d_in) ||dL/dz|| 1.07e-12
    #> seed 2: 9.81e-02 -> 1.46e-13, ratio 1.5e-12 = 0.391^29 | layer 1: ||grad W|| 1.23e-12, sqrt(d_in) ||dL/dz|| 1.17e-12
    #> seed 3: 8.37e-02 -> 4.19e-13, ratio 5.0e-12 = 0.408^29 | layer 1: ||grad W|| 3.41e-12, sqrt(d_in) ||dL/dz|| 3.35e-12
    #> seed 4: 9.45e-02 -> 6.36e-13, ratio 6.7e-12 = 0.412^29 | layer 1: ||grad W|| 5.27e-12, sqrt(d_in) ||dL/dz|| 5.09e-12
    #> seed 5: 1.09e-01 -> 4.03e-13, ratio 3.7e-12 = 0.403^29 | layer 1: ||grad W|| 3.28e-12, sqrt(d_in) ||dL/dz|| 3.22e-12
