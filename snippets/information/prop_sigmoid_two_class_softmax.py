# The sigmoid is a two-class softmax, and BCEWithLogitsLoss is CrossEntropyLoss on logits [0, z].
import torch
import torch.nn as nn
import torch.nn.functional as F

z = torch.tensor([-30.0, -3.0, -0.5, 0.0, 0.5, 3.0, 30.0], dtype=torch.float64)
y = torch.tensor([0, 1, 0, 1, 1, 0, 1])  # class indices
zero = torch.zeros_like(z)

two_class = F.softmax(torch.stack([z, zero], dim=1), dim=1)[:, 0]  # softmax([z, 0])_0
print(torch.allclose(torch.sigmoid(z), two_class, rtol=1e-12, atol=0))
#> True
bce = nn.BCEWithLogitsLoss(reduction="none")(z, y.double())
ce = nn.CrossEntropyLoss(reduction="none")(torch.stack([zero, z], dim=1), y)  # logits [0, z]
print("BCEWithLogitsLoss:", " ".join(f"{v:.4f}" for v in bce.tolist()))
#> BCEWithLogitsLoss: 0.0000 3.0486 0.4741 0.6931 0.4741 3.0486 0.0000
print("CrossEntropyLoss: ", " ".join(f"{v:.4f}" for v in ce.tolist()))
#> CrossEntropyLoss:  0.0000 3.0486 0.4741 0.6931 0.4741 3.0486 0.0000
print(torch.allclose(bce, ce))
#> True
# Soft targets too: BCE with a target y in [0, 1] is CE with probability targets (1 - y, y).
y_soft = torch.tensor([0.1, 0.9, 0.3, 0.5, 0.7, 0.2, 0.99], dtype=torch.float64)
p = torch.stack([1 - y_soft, y_soft], dim=1)  # two-class target distribution
soft_ce = F.cross_entropy(torch.stack([zero, z], dim=1), p, reduction="none")
print(torch.allclose(F.binary_cross_entropy_with_logits(z, y_soft, reduction="none"), soft_ce))
#> True
# Any two logits (z0, z1): softmax is shift invariant, so only the difference z1 - z0 matters.
pair = torch.stack([z - 2.0, 0.5 * z], dim=1)
difference = pair[:, 1] - pair[:, 0]
print(torch.allclose(F.cross_entropy(pair, y, reduction="none"),
                     F.binary_cross_entropy_with_logits(difference, y.double(), reduction="none")))
#> True
