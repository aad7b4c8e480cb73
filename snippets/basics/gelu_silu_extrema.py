# GELU and SiLU dip below 0, and their derivatives leave [0, 1]: the extremes, found on a fine grid.
import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 12001, dtype=torch.float64, requires_grad=True)  # steps of 0.001
for name, f in {"gelu": F.gelu, "silu": F.silu}.items():
    y = f(x)
    (dy,) = torch.autograd.grad(y.sum(), x)
    y, at = y.detach(), x.detach()
    print(f"{name}: min f = {y.min():.4f} at x = {at[y.argmin()]:.2f}; "
          f"f' from {dy.min():.4f} (x = {at[dy.argmin()]:.2f}) to {dy.max():.4f} (x = {at[dy.argmax()]:.2f})")
    #> gelu: min f = -0.1700 at x = -0.75; f' from -0.1289 (x = -1.41) to 1.1289 (x = 1.41)
    #> silu: min f = -0.2785 at x = -1.28; f' from -0.0998 (x = -2.40) to 1.0998 (x = 2.40)
