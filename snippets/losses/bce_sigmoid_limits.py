# Where sigmoid + BCELoss breaks, found by testing every float32 value in a range, not a coarse grid.
import math

import torch


def every_float32(low, high):
    """All float32 values in [low, high), in order: consecutive bit patterns."""
    bits = torch.tensor([low, high], dtype=torch.float32).view(torch.int32)
    return torch.arange(int(bits[0]), int(bits[1]), dtype=torch.int32).view(torch.float32)


z = every_float32(16.0, 17.0)  # all 524288 of them
first = int((torch.sigmoid(z) == 1.0).nonzero()[0])
one_from = z[first].item()
print(f"sigmoid(z) < 1 at z = {z[first - 1].item()}, == 1 from z = {one_from} (about {one_from:.2f})")
#> sigmoid(z) < 1 at z = 16.635530471801758, == 1 from z = 16.63553237915039 (about 16.64)
print("== 1 for every float32 from there to 17:", torch.all(torch.sigmoid(z[first:]) == 1.0).item())
#> == 1 for every float32 from there to 17: True

z = -every_float32(88.0, 89.0)  # from -88 down to -89
first = int((torch.sigmoid(z) == 0.0).nonzero()[0])
zero_from = z[first].item()
print(f"sigmoid(z) = {torch.sigmoid(z[first - 1]).item():.3e} at z = {z[first - 1].item()}, "
      f"0 from z = {zero_from} (about {zero_from:.2f})")
#> sigmoid(z) = 2.939e-39 at z = -88.72283172607422, 0 from z = -88.72283935546875 (about -88.72)

# BCELoss's backward divides by max(x (1 - x), 1e-12): with x = sigmoid(z), that clamp bites
# once x (1 - x), about e^(-|z|), falls below 1e-12, that is for |z| above -ln(1e-12):
clamp_from = -math.log(1e-12)
print(f"-ln(1e-12) = {clamp_from:.3f} (about {clamp_from:.1f})")
#> -ln(1e-12) = 27.631 (about 27.6)
