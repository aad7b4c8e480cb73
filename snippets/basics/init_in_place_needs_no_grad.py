# Filling a parameter in place by hand needs torch.no_grad(); the nn.init functions do that for you.
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(4, 3)
try:
    layer.weight.normal_(0, 0.5)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

with torch.no_grad():
    layer.weight.normal_(0, 0.5)  # fine: autograd does not record it
nn.init.normal_(layer.weight, 0, 0.5)  # fine too: nn.init runs under no_grad itself
print(layer.weight.requires_grad, layer.weight.grad_fn)  # still a leaf parameter
#> True None
