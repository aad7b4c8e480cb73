# The Jacobian of q = softmax(z), dq_c/dz_k = q_c (1[c = k] - q_k), i.e. diag(q) - q q^T, against autograd.
import torch
import torch.nn.functional as F
from torch.autograd.functional import jacobian

z = torch.tensor([1.0, 2.0, 0.5, -1.0], dtype=torch.float64)
q = F.softmax(z, dim=0)

closed_form = torch.diag(q) - torch.outer(q, q)
autograd = jacobian(lambda v: F.softmax(v, dim=0), z)
print(closed_form)
#> tensor([[ 0.1739, -0.1366, -0.0305, -0.0068],
#>         [-0.1366,  0.2380, -0.0829, -0.0185],
#>         [-0.0305, -0.0829,  0.1175, -0.0041],
#>         [-0.0068, -0.0185, -0.0041,  0.0294]], dtype=torch.float64)
print(torch.allclose(closed_form, autograd))
#> True
# Each column sums to 0: however z moves, the probabilities keep summing to 1.
print(torch.allclose(closed_form.sum(dim=0), torch.zeros(4, dtype=torch.float64)))
#> True
# The gradient of LSE(z) = log sum exp(z) is softmax(z) itself.
print(torch.allclose(jacobian(lambda v: torch.logsumexp(v, dim=0), z), q))
#> True
