# dL/dW = delta^T X, dL/db = sum_n delta_n, dL/dX = delta W for Z = X W^T + b, checked against autograd (float64).
import torch

torch.manual_seed(0)
N, d_in, d_out = 4, 3, 2  # W is 2 x 3: not square, so a transposition mistake changes a shape
X = torch.randn(N, d_in, dtype=torch.float64, requires_grad=True)
W = torch.randn(d_out, d_in, dtype=torch.float64, requires_grad=True)
b = torch.randn(d_out, dtype=torch.float64, requires_grad=True)
y = torch.randn(N, d_out, dtype=torch.float64)  # a target

Z = X @ W.T + b
L = ((Z - y) ** 2).mean()  # mean over all N * d_out entries
L.backward()

delta = 2 * (Z.detach() - y) / (N * d_out)  # dL/dZ, shape (N, d_out)
dW, db, dX = delta.T @ X.detach(), delta.sum(dim=0), delta @ W.detach()
for name, mine, auto in [("dL/dW", dW, W.grad), ("dL/db", db, b.grad), ("dL/dX", dX, X.grad)]:
    print(f"{name}: shape {tuple(mine.shape)}, autograd {tuple(auto.shape)}, allclose {torch.allclose(mine, auto)}")
    #> dL/dW: shape (2, 3), autograd (2, 3), allclose True
    #> dL/db: shape (2,), autograd (2,), allclose True
    #> dL/dX: shape (4, 3), autograd (4, 3), allclose True
print(dW)
#> tensor([[-0.4690,  0.6593,  0.9634],
#>         [-1.9334,  0.1541,  3.2134]], dtype=torch.float64)
