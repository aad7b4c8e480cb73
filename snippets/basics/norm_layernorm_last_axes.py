# LayerNorm normalizes over the LAST axes: for (N, C, H, W) images, "over C at each pixel" needs channels last.
import torch
import torch.nn as nn

torch.manual_seed(0)
ln = nn.LayerNorm(4, elementwise_affine=False, dtype=torch.float64)  # C = 4


def over_channels(x):  # what was meant: at each pixel, over the C channels
    return (x - x.mean(1, keepdim=True)) / torch.sqrt(x.var(1, unbiased=False, keepdim=True) + ln.eps)


x = torch.randn(2, 4, 3, 3, dtype=torch.float64)  # (N, C, H, W)
try:
    ln(x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Given normalized_shape=[4], expected input with shape [*, 4], but got input of size[2, 4, 3, 3]
print(torch.allclose(ln(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2), over_channels(x)))  # channels last and back
#> True

square = torch.randn(2, 4, 4, 4, dtype=torch.float64)  # W = C: no error, but it normalizes over W
print(torch.allclose(ln(square), over_channels(square)))
#> False
