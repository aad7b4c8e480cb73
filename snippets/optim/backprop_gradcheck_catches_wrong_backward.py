# torch.autograd.gradcheck catches a custom backward that returns a wrong number (float64).
import torch
from torch.autograd.gradcheck import GradcheckError  # a subclass of RuntimeError


class WrongTanh(torch.autograd.Function):
    @staticmethod
    def forward(ctx, z):
        a = torch.tanh(z)
        ctx.save_for_backward(a)
        return a

    @staticmethod
    def backward(ctx, grad):
        (a,) = ctx.saved_tensors
        return grad * (1 - a)  # wrong: tanh'(z) = 1 - a**2


torch.manual_seed(0)
z = torch.randn(5, dtype=torch.float64, requires_grad=True)
try:
    torch.autograd.gradcheck(WrongTanh.apply, (z,))
except GradcheckError as error:
    print(f"{type(error).__name__}: {str(error).splitlines()[0]}")
    #> GradcheckError: Jacobian mismatch for output 0 with respect to input 0,
