# ignore_index drops targets (e.g. padding) from the loss and from the mean's denominator.
import torch
import torch.nn.functional as F

z = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3], [-1.0, 3.0, 0.5], [1.5, -0.5, 2.5]])
y = torch.tensor([0, -100, 1, -100])  # -100 is the default ignore_index: two padded positions

kept = y != -100
print(f"{F.cross_entropy(z, y):.4f} = mean over the 2 kept samples {F.cross_entropy(z[kept], y[kept]):.4f}")
#> 0.1685 = mean over the 2 kept samples 0.1685

# If every target in a batch is ignored, the mean is 0 / 0.
all_ignored = torch.full((4,), -100)
print(F.cross_entropy(z, all_ignored))
#> tensor(nan)
# A guard: sum the losses and divide by the number of kept targets, at least 1.
safe = F.cross_entropy(z, all_ignored, reduction="sum") / (all_ignored != -100).sum().clamp(min=1)
print(safe)
#> tensor(0.)
