# What CrossEntropyLoss accepts, and the shapes it returns, beyond the (N, C) / (N,) int64 case.
import torch
import torch.nn.functional as F

z = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3]])  # N = 2, C = 3
y = torch.tensor([0, 2])
p = torch.tensor([[0.7, 0.2, 0.1], [0.0, 0.5, 0.5]])  # probability targets, shape (N, C)

print(f"int64 {F.cross_entropy(z, y):.4f}  uint8 {F.cross_entropy(z, y.to(torch.uint8)):.4f}")
#> int64 0.6216  uint8 0.6216
try:
    F.cross_entropy(z, y.to(torch.int32))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: expected target dtype to be Long or Byte, but got Int
print("'none', class indices:", tuple(F.cross_entropy(z, y, reduction="none").shape),
      " 'none', probabilities:", tuple(F.cross_entropy(z, p, reduction="none").shape))
#> 'none', class indices: (2,)  'none', probabilities: (2,)
print(f"unbatched: input {tuple(z[0].shape)}, target {tuple(y[0].shape)} -> {F.cross_entropy(z[0], y[0]):.4f}")
#> unbatched: input (3,), target () -> 0.2413
try:
    F.cross_entropy(z, p, ignore_index=0)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: ignore_index is not supported for floating point target
