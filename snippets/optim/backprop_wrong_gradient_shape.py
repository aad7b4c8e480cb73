# Autograd itself refuses a custom backward whose gradient has the wrong shape: X^T delta instead of delta^T X.
import torch


class WrongLinear(torch.autograd.Function):
    @staticmethod
    def forward(ctx, X, W):
        ctx.save_for_backward(X, W)
        return X @ W.T

    @staticmethod
    def backward(ctx, delta):
        X, W = ctx.saved_tensors
        return delta @ W, X.T @ delta  # wrong: dL/dW is delta^T X, of W's shape (2, 3)


torch.manual_seed(0)
X = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
W = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
try:
    WrongLinear.apply(X, W).sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Function WrongLinearBackward returned an invalid gradient at index 1 - got [3, 2] but expected shape compatible with [2, 3]
