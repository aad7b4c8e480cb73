# The softmax Jacobian J = diag(q) - q q^T: symmetric, rows summing to 0, singular along (1, ..., 1).
import torch
import torch.nn.functional as F
from torch.autograd.functional import hessian, jacobian

z = torch.tensor([2.0, 1.0, 0.1, -1.0], dtype=torch.float64)
q = F.softmax(z, dim=0)
J = torch.diag(q) - torch.outer(q, q)  # from scratch: J[i, j] = dq_i / dz_j
autograd = jacobian(lambda v: F.softmax(v, dim=0), z)
print(J)
#> tensor([[ 0.2309, -0.1498, -0.0609, -0.0203],
#>         [-0.1498,  0.1796, -0.0224, -0.0075],
#>         [-0.0609, -0.0224,  0.0863, -0.0030],
#>         [-0.0203, -0.0075, -0.0030,  0.0308]], dtype=torch.float64)
print(torch.allclose(J, autograd), torch.allclose(autograd, autograd.T))  # matches, symmetric
#> True True
ones = torch.ones(4, dtype=torch.float64)
print(torch.allclose(J @ ones, torch.zeros(4, dtype=torch.float64)))  # each row sums to 0
#> True
print(torch.linalg.matrix_rank(J).item(), "of", len(z))  # singular: rank C - 1
#> 3 of 4
# The null direction (1, ..., 1) is a shift of every logit, which softmax ignores:
print(torch.allclose(F.softmax(z + 5.0, dim=0), q))
#> True
# J is the Hessian of log-sum-exp, hence symmetric; its eigenvalues are >= 0 (LSE is convex).
print(torch.allclose(hessian(lambda v: torch.logsumexp(v, dim=0), z), J),
      bool((torch.linalg.eigvalsh(J) > -1e-12).all()))
#> True True
