# With class weights, 'mean' divides by the sum of the weights of the targets, not by N.
import torch
import torch.nn.functional as F

z = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3], [-1.0, 3.0, 0.5], [1.5, -0.5, 2.5]])
y = torch.tensor([0, 2, 1, 0])
w = torch.tensor([1.0, 3.0, 0.5])  # one weight per class

per_sample = w[y] * F.cross_entropy(z, y, reduction="none")  # w_{y_n} * l_n
print(f"weights of the targets w[y] = {w[y]}")
#> weights of the targets w[y] = tensor([1.0000, 0.5000, 3.0000, 1.0000])
print(f"sum / sum(w[y]) = {per_sample.sum() / w[y].sum():.5f}")
#> sum / sum(w[y]) = 0.43242
print(f"sum / N         = {per_sample.sum() / len(y):.5f}")
#> sum / N         = 0.59458
print(f"built-in mean   = {F.cross_entropy(z, y, weight=w):.5f}")
#> built-in mean   = 0.43242
