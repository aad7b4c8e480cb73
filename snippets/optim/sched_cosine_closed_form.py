# CosineAnnealingLR: get_last_lr() vs the closed form, for three times T_max epochs.
import math

import torch

lr0, eta_min, T_max, epochs = 0.1, 0.01, 4, 12
optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr0)
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=T_max, eta_min=eta_min)
torch_lrs = []
for epoch in range(epochs):
    torch_lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()
closed = [eta_min + (lr0 - eta_min) * (1 + math.cos(math.pi * t / T_max)) / 2 for t in range(epochs)]
for start in range(0, epochs, 4):
    print(f"epochs {start:2}-{min(start + 3, epochs - 1):2}: torch",
          " ".join(f"{lr:.6f}" for lr in torch_lrs[start:start + 4]),
          "| closed form", " ".join(f"{lr:.6f}" for lr in closed[start:start + 4]))
    #> epochs  0- 3: torch 0.100000 0.086820 0.055000 0.023180 | closed form 0.100000 0.086820 0.055000 0.023180
    #> epochs  4- 7: torch 0.010000 0.023180 0.055000 0.086820 | closed form 0.010000 0.023180 0.055000 0.086820
    #> epochs  8-11: torch 0.100000 0.086820 0.055000 0.023180 | closed form 0.100000 0.086820 0.055000 0.023180
print("max |torch - closed form| below 1e-12:", max(abs(a - b) for a, b in zip(torch_lrs, closed)) < 1e-12)
#> max |torch - closed form| below 1e-12: True
