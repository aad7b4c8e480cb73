# The constant c that minimizes mean |y - c| is the median of y; for mean (y - c)^2 it is the mean.
import torch

torch.manual_seed(0)
y = -torch.rand(11, dtype=torch.float64).log()  # 11 exponential draws: skewed, mean > median
c = torch.linspace(0, 3, 300001, dtype=torch.float64)  # candidate constants, step 1e-5
l1 = (y[None, :] - c[:, None]).abs().mean(dim=1)  # L1Loss of the constant prediction c
mse = ((y[None, :] - c[:, None]) ** 2).mean(dim=1)  # MSELoss of the constant prediction c

print(f"L1 is smallest at c = {c[l1.argmin()]:.4f}; median of y = {y.median():.4f}")
#> L1 is smallest at c = 0.5424; median of y = 0.5424
print(f"MSE is smallest at c = {c[mse.argmin()]:.4f}; mean of y   = {y.mean():.4f}")
#> MSE is smallest at c = 0.6597; mean of y   = 0.6597
print(f"L1 at the median {l1.min():.4f}, at the mean {(y - y.mean()).abs().mean():.4f}")
#> L1 at the median 0.4047, at the mean 0.4154
