# A linear layer as a torch.autograd.Function whose backward is the matrix formulas, checked by gradcheck (float64).
import torch


class Linear(torch.autograd.Function):
    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X, W)  # what backward needs
        return X @ W.T + b

    @staticmethod
    def backward(ctx, delta):  # delta = dL/dZ, shape (N, d_out)
        X, W = ctx.saved_tensors
        return delta @ W, delta.T @ X, delta.sum(dim=0)  # dL/dX, dL/dW, dL/db: one per input of forward


torch.manual_seed(0)
X = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
W = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
b = torch.randn(2, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Linear.apply, (X, W, b)))
#> True
Z = Linear.apply(X, W, b)
print(Z.grad_fn.name(), torch.allclose(Z, torch.nn.functional.linear(X, W, b)))
#> LinearBackward True
