# BCEWithLogitsLoss is numerically stable (no overflow, no -inf), not exact: tiny losses can round to 0.
import torch
import torch.nn.functional as F

z = torch.tensor([-20.0, 20.0], requires_grad=True)  # both predictions are right and confident
y = torch.tensor([0.0, 1.0])
builtin = F.binary_cross_entropy_with_logits(z, y, reduction="none")
by_hand = z.clamp(min=0) - z * y + torch.log1p(torch.exp(-z.abs()))  # the stable formula, with log1p
exact = F.softplus(-z.detach().double().abs())  # log(1 + e^{-20}) in float64: both losses equal it
print(f"built-in {builtin.tolist()}")
#> built-in [0.0, 2.06115369216775e-09]
print(f"by hand  {by_hand.tolist()}")
#> by hand  [2.06115369216775e-09, 2.06115369216775e-09]
print(f"exact    {[float(f'{v:.4g}') for v in exact.tolist()]}")
#> exact    [2.061e-09, 2.061e-09]

builtin.sum().backward()  # the gradient sigmoid(z) - y is computed separately, and it stays right
print(f"grad     {[float(f'{v:.4g}') for v in z.grad.tolist()]}")
#> grad     [2.061e-09, 0.0]
