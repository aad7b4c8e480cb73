# The Jacobian of softmax, dp_i/dz_j = p_i (delta_ij - p_j), i.e. diag(p) - p p^T, against autograd.
import torch
import torch.nn.functional as F
from torch.autograd.functional import jacobian

z = torch.tensor([1.0, 2.0, 0.5, -1.0], dtype=torch.float64)
p = F.softmax(z, dim=0)

closed_form = torch.diag(p) - torch.outer(p, p)
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
