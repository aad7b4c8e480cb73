# 'sum' makes the gradient N times larger than 'mean': the same learning rate takes N times bigger steps.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
y_hat = torch.randn(8, 3, dtype=torch.float64, requires_grad=True)  # N = 24 elements
y = torch.randn(8, 3, dtype=torch.float64)

(grad_mean,) = torch.autograd.grad(F.mse_loss(y_hat, y, reduction="mean"), y_hat)
(grad_sum,) = torch.autograd.grad(F.mse_loss(y_hat, y, reduction="sum"), y_hat)
ratio = grad_sum / grad_mean
print(f"grad('sum') / grad('mean'): from {ratio.min():.4f} to {ratio.max():.4f}, N = {y_hat.numel()}")
#> grad('sum') / grad('mean'): from 24.0000 to 24.0000, N = 24
