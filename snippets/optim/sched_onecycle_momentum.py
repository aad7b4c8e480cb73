# OneCycleLR also cycles the momentum (SGD) or beta1 (Adam) the other way, from 0.95 to 0.85 and back.
import math

import torch

total, peak = 10, 2  # pct_start = 0.3: the lr peaks at step 0.3 * 10 - 1 = 2
cos = lambda a, b, p: b + (a - b) / 2 * (1 + math.cos(math.pi * p))  # noqa: E731
for name, make in [("SGD momentum", lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9)),
                   ("Adam beta1", lambda p: torch.optim.Adam(p, lr=0.1))]:
    optimizer = make([torch.zeros(1, requires_grad=True)])
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=1.0, total_steps=total, pct_start=0.3)
    set_by_torch = []
    for step in range(total):
        group = optimizer.param_groups[0]
        set_by_torch.append(group["momentum"] if "momentum" in group else group["betas"][0])
        optimizer.step()
        scheduler.step()  # the 10th call sets the lr of a step 10 that never comes
    scratch = [cos(0.95, 0.85, s / peak) if s <= peak else cos(0.85, 0.95, (s - peak) / (total - 1 - peak))
               for s in range(total)]
    same = all(math.isclose(a, b, rel_tol=1e-12) for a, b in zip(set_by_torch, scratch))
    print(f"{name:12}", " ".join(f"{m:.4f}" for m in set_by_torch), " scratch equal:", same)
    #> SGD momentum 0.9500 0.9000 0.8500 0.8550 0.8688 0.8889 0.9111 0.9312 0.9450 0.9500  scratch equal: True
    #> Adam beta1   0.9500 0.9000 0.8500 0.8550 0.8688 0.8889 0.9111 0.9312 0.9450 0.9500  scratch equal: True
beta1 = optimizer.param_groups[0]["betas"][0]
print(f"left after the cycle: lr {scheduler.get_last_lr()[0]:.4g}, beta1 {beta1:.4f}")
#> left after the cycle: lr 0.04952, beta1 0.9450
try:
    scheduler.step()
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: Tried to step 11 times. The specified number of total steps is 10
