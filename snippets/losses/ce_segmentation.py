# Per-pixel classification: logits (N, C, H, W), targets (N, H, W); the mean runs over all pixels.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
N, C, H, W = 2, 4, 3, 3
logits = torch.randn(N, C, H, W)
target = torch.randint(0, C, (N, H, W))

loss = F.cross_entropy(logits, target)
# The same as treating every pixel as one sample: move classes last, flatten.
flat = F.cross_entropy(logits.permute(0, 2, 3, 1).reshape(-1, C), target.reshape(-1))
print(f"{loss:.4f} {flat:.4f} {torch.allclose(loss, flat)}")
#> 1.6349 1.6349 True
