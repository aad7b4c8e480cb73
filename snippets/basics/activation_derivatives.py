# Each activation's closed-form derivative against autograd, on a grid of inputs (float64).
import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 1201, dtype=torch.float64, requires_grad=True)
print(f"{x.numel()} points from {x[0]:.0f} to {x[-1]:.0f}, steps of {x[1] - x[0]:.2f}")
#> 1201 points from -6 to 6, steps of 0.01
s, t, Phi = torch.sigmoid(x), torch.tanh(x), torch.special.ndtr(x)  # Phi: the standard normal CDF
cases = {  # name: (activation, derivative in closed form)
    "sigmoid": (torch.sigmoid, s * (1 - s)),
    "tanh": (torch.tanh, 1 - t**2),
    "relu": (F.relu, (x > 0).double()),  # PyTorch uses 0 at x = 0
    "leaky_relu": (lambda v: F.leaky_relu(v, 0.01), torch.where(x > 0, 1.0, 0.01).double()),
    "elu": (F.elu, torch.where(x > 0, 1.0, torch.exp(x))),  # alpha = 1
    "gelu": (F.gelu, Phi + x * torch.exp(-x**2 / 2) / (2 * torch.pi) ** 0.5),
    "silu": (F.silu, s * (1 + x * (1 - s))),
}
for name, (f, closed_form) in cases.items():
    (autograd,) = torch.autograd.grad(f(x).sum(), x)
    print(f"{name:10} matches autograd: {torch.allclose(autograd, closed_form.detach())}, "
          f"largest derivative {autograd.max().item():.4f}")
    #> sigmoid    matches autograd: True, largest derivative 0.2500
    #> tanh       matches autograd: True, largest derivative 1.0000
    #> relu       matches autograd: True, largest derivative 1.0000
    #> leaky_relu matches autograd: True, largest derivative 1.0000
    #> elu        matches autograd: True, largest derivative 1.0000
    #> gelu       matches autograd: True, largest derivative 1.1289
    #> silu       matches autograd: True, largest derivative 1.0998
