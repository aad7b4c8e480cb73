# The posts' 784-feature example: log(softmax) + nll_loss against cross_entropy.
import torch
import torch.nn.functional as F

torch.manual_seed(24)
x = torch.randn(1, 784)
w = torch.randn(10, 784)
logits = x @ w.t()  # large logits: most softmax probabilities fall below float32's range
target = torch.tensor([3])
print(f"logits: std {logits.std():.1f}, range {logits.min():.1f} to {logits.max():.1f}")
#> logits: std 50.3, range -107.7 to 81.7

print(F.nll_loss(torch.log(F.softmax(logits, dim=1)), target))  # log(0) = -inf: the loss is inf
#> tensor(inf)
print(F.nll_loss(F.log_softmax(logits, dim=1), target))
#> tensor(111.8701)
print(F.cross_entropy(logits, target))
#> tensor(111.8701)
