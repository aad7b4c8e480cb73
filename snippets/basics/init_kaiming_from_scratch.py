# Kaiming/He: std = gain / sqrt(fan), fan = d_in (mode="fan_in") or d_out (mode="fan_out").
import math

import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.empty(64, 32, 3, 3)  # a Conv2d weight: fan_in = 32 * 3 * 3, fan_out = 64 * 3 * 3
fans = {"fan_in": 32 * 9, "fan_out": 64 * 9}
print(nn.init._calculate_fan_in_and_fan_out(w))
#> (288, 576)
for mode, nonlinearity, a in [("fan_in", "relu", 0), ("fan_out", "relu", 0), ("fan_in", "leaky_relu", 0.2)]:
    gain = math.sqrt(2 / (1 + a**2))  # relu: sqrt(2); leaky_relu with slope a: sqrt(2 / (1 + a^2))
    std = gain / math.sqrt(fans[mode])
    nn.init.kaiming_normal_(w, a=a, mode=mode, nonlinearity=nonlinearity)
    normal_std = w.std()
    nn.init.kaiming_uniform_(w, a=a, mode=mode, nonlinearity=nonlinearity)
    bound, largest = math.sqrt(3) * std, w.abs().max()
    print(f"{mode:7} {nonlinearity:10} a={a:<3}: std {std:.4f}, normal_ {normal_std:.4f} | "
          f"bound {bound:.4f}, uniform_ max {largest:.4f} (<= bound: {bool(largest <= bound)})")
    #> fan_in  relu       a=0  : std 0.0833, normal_ 0.0838 | bound 0.1443, uniform_ max 0.1443 (<= bound: True)
    #> fan_out relu       a=0  : std 0.0589, normal_ 0.0587 | bound 0.1021, uniform_ max 0.1021 (<= bound: True)
    #> fan_in  leaky_relu a=0.2: std 0.0817, normal_ 0.0821 | bound 0.1415, uniform_ max 0.1415 (<= bound: True)
