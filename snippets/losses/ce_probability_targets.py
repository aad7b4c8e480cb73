# Targets can be class probabilities (same shape as the logits), and label_smoothing mixes in uniform mass.
import torch
import torch.nn.functional as F

z = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3]])
p = torch.tensor([[0.7, 0.2, 0.1], [0.0, 0.5, 0.5]])  # soft targets: each row sums to 1

by_hand = -(p * F.log_softmax(z, dim=1)).sum(dim=1).mean()
print(f"soft targets:    by hand {by_hand:.4f}  built-in {F.cross_entropy(z, p):.4f}")
#> soft targets:    by hand 0.9466  built-in 0.9466

# Label smoothing with eps: the target becomes (1 - eps) * one_hot + eps / C.
y, eps, C = torch.tensor([0, 2]), 0.1, 3
smoothed = (1 - eps) * F.one_hot(y, C).float() + eps / C
by_hand = -(smoothed * F.log_softmax(z, dim=1)).sum(dim=1).mean()
builtin = F.cross_entropy(z, y, label_smoothing=eps)
print(f"label smoothing: by hand {by_hand:.4f}  built-in {builtin:.4f}  {torch.allclose(by_hand, builtin)}")
#> label smoothing: by hand 0.7016  built-in 0.7016  True
