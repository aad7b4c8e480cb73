# delta = dL/dZ for softmax + cross-entropy with mean reduction: (q - Y) / N, from the softmax Jacobian (float64).
import torch
import torch.nn.functional as F

torch.manual_seed(0)
N, C = 4, 3
Z = torch.randn(N, C, dtype=torch.float64, requires_grad=True)  # logits
y = torch.tensor([0, 2, 1, 2])  # class indices
F.cross_entropy(Z, y).backward()  # reduction='mean'

q = torch.softmax(Z.detach(), dim=1)
Y = F.one_hot(y, C).to(torch.float64)
delta = (q - Y) / N
# The long way, sample by sample: dL/dq_n = -Y_n / (N q_n), then J_n^T times it, J_n = diag(q_n) - q_n q_n^T
J = torch.diag_embed(q) - q.unsqueeze(2) * q.unsqueeze(1)  # (N, C, C)
via_jacobian = (J.transpose(1, 2) @ (-Y / (N * q)).unsqueeze(2)).squeeze(2)
print(torch.allclose(delta, Z.grad), torch.allclose(via_jacobian, Z.grad))
#> True True
print(Z.grad)
#> tensor([[-0.0388,  0.0337,  0.0051],
#>         [ 0.1878,  0.0360, -0.2237],
#>         [ 0.0871, -0.1155,  0.0283],
#>         [ 0.0691,  0.0569, -0.1260]], dtype=torch.float64)
print(f"each row sums to 0: {torch.allclose(Z.grad.sum(dim=1), torch.zeros(N, dtype=torch.float64))}; "
      f"without the 1/N: {torch.allclose(q - Y, Z.grad)}")
#> each row sums to 0: True; without the 1/N: False
