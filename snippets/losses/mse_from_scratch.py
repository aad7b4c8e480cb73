# MSE and L1 computed with plain tensor ops, compared with the built-ins.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
y_hat = torch.randn(4, 3)  # predictions
y = torch.randn(4, 3)  # targets

mse_by_hand = ((y_hat - y) ** 2).mean()
l1_by_hand = (y_hat - y).abs().mean()

print(f"MSE by hand {mse_by_hand:.6f}, F.mse_loss {F.mse_loss(y_hat, y):.6f}")
#> MSE by hand 2.255876, F.mse_loss 2.255876
print(torch.allclose(mse_by_hand, F.mse_loss(y_hat, y)))
#> True
print(f"L1  by hand {l1_by_hand:.6f}, F.l1_loss  {F.l1_loss(y_hat, y):.6f}")
#> L1  by hand 1.363015, F.l1_loss  1.363015
print(torch.allclose(l1_by_hand, F.l1_loss(y_hat, y)))
#> True
