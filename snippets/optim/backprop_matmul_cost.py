# Counting the floating-point operations of the matrix multiplies: backward does two per layer, forward one.
import torch
import torch.nn as nn
from torch.utils.flop_counter import FlopCounterMode

torch.manual_seed(0)
N, d_in, hidden, C = 64, 100, 200, 10
model = nn.Sequential(nn.Linear(d_in, hidden), nn.Tanh(), nn.Linear(hidden, C))
per_layer = [2 * N * d_in * hidden, 2 * N * hidden * C]  # one multiply and one add per term of X W^T
for input_needs_grad in [True, False]:
    X = torch.randn(N, d_in, requires_grad=input_needs_grad)
    with FlopCounterMode(display=False) as forward:
        loss = model(X).square().mean()
    with FlopCounterMode(display=False) as backward:
        loss.backward()
    f, b = forward.get_total_flops(), backward.get_total_flops()
    print(f"X needs grad {input_needs_grad!s:5}: forward {f} (formula {sum(per_layer)}), "
          f"backward {b}, ratio {b / f:.2f}")
    #> X needs grad True : forward 2816000 (formula 2816000), backward 5632000, ratio 2.00
    #> X needs grad False: forward 2816000 (formula 2816000), backward 3072000, ratio 1.09
