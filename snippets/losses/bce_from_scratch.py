# Binary cross-entropy on logits, three ways: by the formula, BCEWithLogitsLoss, BCELoss(sigmoid).
import torch
import torch.nn as nn

z = torch.tensor([[1.0], [2.0], [3.0], [4.0]])  # logits, one per sample (the posts' example)
y = torch.tensor([[0.0], [1.0], [0.0], [1.0]])  # float targets in [0, 1]

# -[y log sigmoid(z) + (1 - y) log(1 - sigmoid(z))], rewritten so exp() never overflows:
by_hand = (z.clamp(min=0) - z * y + torch.log1p(torch.exp(-z.abs()))).mean()
with_logits = nn.BCEWithLogitsLoss()(z, y)
on_probabilities = nn.BCELoss()(torch.sigmoid(z), y)

print(f"by hand {by_hand:.4f}  BCEWithLogitsLoss {with_logits:.4f}  BCELoss(sigmoid) {on_probabilities:.4f}")
#> by hand 1.1267  BCEWithLogitsLoss 1.1267  BCELoss(sigmoid) 1.1267
print(torch.allclose(by_hand, with_logits), torch.allclose(with_logits, on_probabilities))
#> True True
