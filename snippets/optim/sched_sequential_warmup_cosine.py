# SequentialLR: LinearLR warm-up for 3 epochs, then cosine annealing restarted at epoch 0 at milestone 3.
import math

import torch

lr0, warmup, T_max, epochs = 0.1, 3, 5, 9
optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr0)
warm = torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=0.1, total_iters=warmup)
cosine = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=T_max, eta_min=0.001)
scheduler = torch.optim.lr_scheduler.SequentialLR(optimizer, [warm, cosine], milestones=[warmup])
torch_lrs = []
for epoch in range(epochs):
    torch_lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()


def scratch(t):
    if t < warmup:  # LinearLR's closed form
        return lr0 * (0.1 + 0.9 * t / warmup)
    return 0.001 + (lr0 - 0.001) * (1 + math.cos(math.pi * (t - warmup) / T_max)) / 2  # cosine from t - 3


print("torch  ", " ".join(f"{lr:.5f}" for lr in torch_lrs))
#> torch   0.01000 0.04000 0.07000 0.10000 0.09055 0.06580 0.03520 0.01045 0.00100
print("scratch", " ".join(f"{scratch(t):.5f}" for t in range(epochs)))
#> scratch 0.01000 0.04000 0.07000 0.10000 0.09055 0.06580 0.03520 0.01045 0.00100
print("equal:", all(math.isclose(a, scratch(t), rel_tol=1e-12) for t, a in enumerate(torch_lrs)))
#> equal: True
