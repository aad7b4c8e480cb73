# torch.no_grad() records no graph; detach() returns a tensor cut off from it.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = w * 2  # e.g. evaluation, or a manual parameter update
print(y.requires_grad, y.grad_fn)
#> False None

z = (w * 2).detach()  # same values, no history
print(z.requires_grad, z)
#> False tensor([2., 4.])
print((w * 2).requires_grad, type((w * 2).grad_fn).__name__)  # outside no_grad: recorded
#> True MulBackward0
