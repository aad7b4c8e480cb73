# Two schedulers stepped on one optimizer multiply their factors (each updates the current lr).
import math

import torch

lr0, T_max, epochs = 0.1, 6, 7
optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr0)
cosine = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=T_max)  # eta_min = 0
decay = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.8)
torch_lrs = []
for epoch in range(epochs):
    torch_lrs.append(optimizer.param_groups[0]["lr"])
    optimizer.step()
    cosine.step()
    decay.step()
product = [lr0 * (1 + math.cos(math.pi * t / T_max)) / 2 * 0.8**t for t in range(epochs)]
print("torch             ", " ".join(f"{lr:.5f}" for lr in torch_lrs))
#> torch              0.10000 0.07464 0.04800 0.02560 0.01024 0.00220 0.00000
print("cosine * 0.8^t    ", " ".join(f"{lr:.5f}" for lr in product))
#> cosine * 0.8^t     0.10000 0.07464 0.04800 0.02560 0.01024 0.00220 0.00000
print("equal:", all(math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-15) for a, b in zip(torch_lrs, product)))
#> equal: True
print("last_epoch of each:", cosine.last_epoch, decay.last_epoch)  # one per step() call
#> last_epoch of each: 7 7
try:  # resuming at an epoch needs the optimizer state saved with the schedule (it holds initial_lr)
    fresh = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr0)
    torch.optim.lr_scheduler.StepLR(fresh, step_size=3, last_epoch=4)
except KeyError as error:
    print("KeyError:", error.args[0].splitlines()[0])
    #> KeyError: param 'initial_lr' is not specified in param_groups[0] when resuming scheduler with last_epoch >= 0.
