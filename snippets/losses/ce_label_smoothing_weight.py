# label_smoothing equals the smoothed probability target only without weight: with weight the two
# reductions divide by different things (sum of w_{y_n} vs N).
import torch
import torch.nn.functional as F

z = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3]], dtype=torch.float64)
y, eps, C, N = torch.tensor([0, 2]), 0.1, 3, 2
w = torch.tensor([1.0, 3.0, 0.5], dtype=torch.float64)
p_ls = (1 - eps) * F.one_hot(y, C).double() + eps / C  # the smoothed target as a distribution
log_q = F.log_softmax(z, dim=1)

print(f"no weight: label_smoothing {F.cross_entropy(z, y, label_smoothing=eps):.4f}"
      f"  probability target {F.cross_entropy(z, p_ls):.4f}")
#> no weight: label_smoothing 0.7016  probability target 0.7016
with_ls = F.cross_entropy(z, y, weight=w, label_smoothing=eps)
with_p = F.cross_entropy(z, p_ls, weight=w)
print(f"weight:    label_smoothing {with_ls:.4f}  probability target {with_p:.4f}")
#> weight:    label_smoothing 0.7141  probability target 0.5356

# From scratch: the same weighted numerator, two denominators.
numerator = -((1 - eps) * w[y] * log_q[torch.arange(N), y] + eps / C * (w * log_q).sum(dim=1)).sum()
print(f"by hand:   / sum w_y {numerator / w[y].sum():.4f}", torch.allclose(numerator / w[y].sum(), with_ls))
#> by hand:   / sum w_y 0.7141 True
print(f"by hand:   / N       {-(w * p_ls * log_q).sum() / N:.4f}", torch.allclose(-(w * p_ls * log_q).sum() / N, with_p))
#> by hand:   / N       0.5356 True
