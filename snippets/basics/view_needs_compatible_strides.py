# view() needs a shape the existing strides can express, not a contiguous tensor; reshape() copies if it must.
import torch

t = torch.arange(24).view(2, 3, 4)
sliced = t[:, :, :2]  # shape (2, 3, 2), strides (12, 4, 1): a non-contiguous view of t
print(sliced.is_contiguous(), sliced.stride())
#> False (12, 4, 1)
print(sliced.view(6, 2).shape)  # merging axes 0 and 1 works: stride 12 = 3 * 4
#> torch.Size([6, 2])
try:
    sliced.view(12)  # merging axes 1 and 2 would need stride 4 = 2 * 1: no single stride fits
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
flat = sliced.reshape(12)  # reshape copies when a view is impossible
print(flat.data_ptr() == t.data_ptr(), sliced.view(6, 2).data_ptr() == t.data_ptr())
#> False True
