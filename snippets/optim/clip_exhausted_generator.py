# model.parameters() is a generator: once the optimizer has consumed it, clipping it again clips nothing.
import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
params = model.parameters()  # a generator, not a list
optimizer = torch.optim.SGD(params, lr=0.1)  # reads it to the end
(100 * model(torch.randn(8, 4)).pow(2).mean()).backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    returned = nn.utils.clip_grad_norm_(params, max_norm=1.0)
print(f"{caught[0].category.__name__}: {caught[0].message}")
#> UserWarning: `parameters` is an empty generator, no gradient clipping will occur.
print(f"returned {returned.item()}, gradient norm still {model.weight.grad.norm().item():.2f}")
#> returned 0.0, gradient norm still 74.96
print(f"with model.parameters() called again: {nn.utils.clip_grad_norm_(model.parameters(), 1.0).item():.2f}, "
      f"now {model.weight.grad.norm().item():.2f}")
#> with model.parameters() called again: 74.98, now 1.00
