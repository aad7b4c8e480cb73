# weight scales each element's loss; pos_weight scales the positive term of each class.
import torch
import torch.nn.functional as F

z = torch.tensor([0.5, -1.0, 2.0, -0.5])
y = torch.tensor([1.0, 0.0, 1.0, 1.0])
w = torch.tensor([1.0, 2.0, 0.5, 3.0])
pos_weight = torch.tensor([4.0])  # positives count 4 times: e.g. 1 positive per 4 negatives

log_p, log_not_p = F.logsigmoid(z), F.logsigmoid(-z)  # log sigmoid(z) and log(1 - sigmoid(z))
by_hand = (-w * (pos_weight * y * log_p + (1 - y) * log_not_p)).mean()  # mean divides by N = 4
builtin = F.binary_cross_entropy_with_logits(z, y, weight=w, pos_weight=pos_weight)
print(f"by hand {by_hand:.4f}  built-in {builtin:.4f}  {torch.allclose(by_hand, builtin)}")
#> by hand 3.6164  built-in 3.6164  True

# The mean divides by N, not by the sum of the weights (unlike weighted cross-entropy).
summed = F.binary_cross_entropy_with_logits(z, y, weight=w, pos_weight=pos_weight, reduction="sum")
print(f"sum / N = {summed / 4:.4f}   sum / sum(w) = {summed / w.sum():.4f}")
#> sum / N = 3.6164   sum / sum(w) = 2.2255
