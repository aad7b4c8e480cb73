# CosineAnnealingLR.step() updates the current lr recursively, so an lr set by hand carries on until T_max.
import math

import torch

lr0, eta_min, T, epochs = 0.1, 0.01, 4, 8
optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr0)
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=T, eta_min=eta_min)
torch_lrs, recursive, closed = [], [], []
lr = lr0
for t in range(epochs):
    if t == 1:  # the lr changed by hand during epoch 1, in the optimizer and in the scratch copy
        optimizer.param_groups[0]["lr"] = lr = 0.05
    elif t > 1 and (t - 1 - T) % (2 * T) == 0:  # just past a minimum: the ratio below would be 0/0
        lr = lr + (lr0 - eta_min) * (1 - math.cos(math.pi / T)) / 2
    elif t > 1:
        lr = eta_min + (lr - eta_min) * (1 + math.cos(math.pi * t / T)) / (1 + math.cos(math.pi * (t - 1) / T))
    torch_lrs.append(optimizer.param_groups[0]["lr"])
    recursive.append(lr)
    closed.append(eta_min + (lr0 - eta_min) * (1 + math.cos(math.pi * t / T)) / 2)
    optimizer.step()
    scheduler.step()
for name, values in [("torch", torch_lrs), ("recursive", recursive), ("closed form", closed)]:
    print(f"{name:11}", " ".join(f"{v:.6f}" for v in values))
    #> torch       0.100000 0.050000 0.033431 0.016863 0.010000 0.023180 0.055000 0.086820
    #> recursive   0.100000 0.050000 0.033431 0.016863 0.010000 0.023180 0.055000 0.086820
    #> closed form 0.100000 0.086820 0.055000 0.023180 0.010000 0.023180 0.055000 0.086820
same = all(math.isclose(a, b, rel_tol=1e-12) for a, b in zip(torch_lrs, recursive))
print("torch matches the recursive form:", same)
#> torch matches the recursive form: True
