# Only leaf tensors created with requires_grad=True keep .grad; retain_grad() keeps it for an intermediate.
import warnings

import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)  # a leaf: created by you
h = 3 * x  # not a leaf: created by an operation
h.retain_grad()
y = 3 * h
loss = y.sum()
loss.backward()
print(x.is_leaf, h.is_leaf, y.is_leaf)
#> True False False
print(x.grad, h.grad)  # dL/dx = 9, dL/dh = 3
#> tensor([9., 9.]) tensor([3., 3.])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(y.grad)  # no retain_grad(): nothing was kept, and PyTorch warns
    #> None
print(caught[0].category.__name__, str(caught[0].message)[:77])
#> UserWarning The .grad attribute of a Tensor that is not a leaf Tensor is being accessed.
