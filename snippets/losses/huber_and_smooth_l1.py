# HuberLoss(delta) and SmoothL1Loss(beta) from their definitions, against PyTorch (float64);
# Huber_delta = delta * SmoothL1_{beta = delta}, so the two agree only at delta = beta = 1.
import torch
import torch.nn.functional as F

r = torch.tensor([0.0, 0.5, 0.999, 1.0, 1.5, 2.0, 3.0, -4.0], dtype=torch.float64)  # residuals y_hat - y
y_hat, y = r, torch.zeros_like(r)


def huber(r, delta):
    return torch.where(r.abs() < delta, 0.5 * r**2, delta * (r.abs() - 0.5 * delta))


def smooth_l1(r, beta):
    return torch.where(r.abs() < beta, 0.5 * r**2 / beta, r.abs() - 0.5 * beta)


for k in [1.0, 2.0]:  # delta = beta = k
    huber_builtin = F.huber_loss(y_hat, y, reduction="none", delta=k)
    smooth_builtin = F.smooth_l1_loss(y_hat, y, reduction="none", beta=k)
    print(f"k = {k}: by hand = built-in: Huber {torch.allclose(huber(r, k), huber_builtin)},"
          f" SmoothL1 {torch.allclose(smooth_l1(r, k), smooth_builtin)}"
          f" | Huber = k SmoothL1: {torch.allclose(huber_builtin, k * smooth_builtin)}"
          f" | Huber = SmoothL1: {torch.allclose(huber_builtin, smooth_builtin)}")
    #> k = 1.0: by hand = built-in: Huber True, SmoothL1 True | Huber = k SmoothL1: True | Huber = SmoothL1: True
    #> k = 2.0: by hand = built-in: Huber True, SmoothL1 True | Huber = k SmoothL1: True | Huber = SmoothL1: False

print("r = 0.5, 3:  Huber(delta=2)", F.huber_loss(r[[1, 6]], y[[1, 6]], reduction="none", delta=2.0).tolist(),
      "  SmoothL1(beta=2)", F.smooth_l1_loss(r[[1, 6]], y[[1, 6]], reduction="none", beta=2.0).tolist())
#> r = 0.5, 3:  Huber(delta=2) [0.125, 4.0]   SmoothL1(beta=2) [0.0625, 2.0]
