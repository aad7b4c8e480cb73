# Margin losses classify too, but they are not cross-entropy or KL: MultiMarginLoss is a hinge.
import torch
import torch.nn as nn
import torch.nn.functional as F

z = torch.tensor([[5.0, 0.0, 0.0]])  # confident and right: class 0 wins by a margin of 5
y = torch.tensor([0])
print(f"MultiMarginLoss {nn.MultiMarginLoss()(z, y):.4f}   CrossEntropyLoss {F.cross_entropy(z, y):.4f}")
#> MultiMarginLoss 0.0000   CrossEntropyLoss 0.0134

# From scratch: sum over the wrong classes of max(0, 1 - z_y + z_c), divided by C. No logarithm anywhere.
torch.manual_seed(0)
z, y = torch.randn(4, 3), torch.tensor([0, 2, 1, 0])
z_y = z.gather(1, y[:, None])
hinge = (1 - z_y + z).clamp(min=0).scatter(1, y[:, None], 0.0).sum(dim=1) / 3
print(f"by hand {hinge.mean():.4f}   MultiMarginLoss {nn.MultiMarginLoss()(z, y):.4f}   CE {F.cross_entropy(z, y):.4f}")
#> by hand 0.6032   MultiMarginLoss 0.6032   CE 1.0820
