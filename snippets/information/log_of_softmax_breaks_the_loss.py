# The posts' 784-feature example: log(softmax) + nll_loss against cross_entropy, at seed 24.
import torch
import torch.nn.functional as F

torch.manual_seed(24)
x = torch.randn(1, 784)
w = torch.randn(10, 784)
logits = x @ w.t()  # a wide spread: the smallest softmax probabilities fall below float32's range
target = torch.tensor([3])
print(f"{x.shape[1]} features; logits: std {logits.std():.1f}, range {logits.min():.1f} to {logits.max():.1f}")
#> 784 features; logits: std 50.3, range -107.7 to 81.7
probabilities = F.softmax(logits, dim=1)
print(f"probabilities that are exactly 0: {(probabilities == 0).sum()} of 10, "
      f"of the true class: {probabilities[0, 3].item()}")
#> probabilities that are exactly 0: 2 of 10, of the true class: 0.0

print(F.nll_loss(torch.log(probabilities), target))  # log(0) = -inf: the loss is inf
#> tensor(inf)
print(F.nll_loss(F.log_softmax(logits, dim=1), target))
#> tensor(111.8701)
print(F.cross_entropy(logits, target))
#> tensor(111.8701)
