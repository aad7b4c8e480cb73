# The gradient of log-sum-exp is softmax: d LSE(z) / dz_c = q_c. Checked with autograd in float64.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
z = torch.randn(3, 5, dtype=torch.float64, requires_grad=True)  # N = 3 rows of C = 5 logits

m = z.max(dim=1, keepdim=True).values.detach()  # the shift cancels in the value and the gradient
lse = (m + (z - m).exp().sum(dim=1, keepdim=True).log()).squeeze(1)  # from scratch
print(torch.allclose(lse, torch.logsumexp(z, dim=1)))
#> True
lse.sum().backward()  # the rows are independent, so each row's gradient is its own
print(z.grad[0])
#> tensor([0.6118, 0.0977, 0.0148, 0.2313, 0.0443], dtype=torch.float64)
q = F.softmax(z.detach(), dim=1)
print(q[0])
#> tensor([0.6118, 0.0977, 0.0148, 0.2313, 0.0443], dtype=torch.float64)
print(torch.allclose(z.grad, q))
#> True
# LSE(z) = H(q) + sum_c q_c z_c, since log q_c = z_c - LSE(z):
print(torch.allclose(lse.detach(), torch.special.entr(q).sum(dim=1) + (q * z.detach()).sum(dim=1)))
#> True
# Hence the cross-entropy gradient: -sum_c p_c log q_c = LSE(z) - sum_c p_c z_c has gradient q - p.
p = F.softmax(torch.randn(3, 5, dtype=torch.float64), dim=1)  # soft targets, each row sums to 1
z.grad = None
F.cross_entropy(z, p, reduction="sum").backward()
print(torch.allclose(z.grad, q - p))
#> True
