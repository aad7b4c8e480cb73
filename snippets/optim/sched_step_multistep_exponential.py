# StepLR, MultiStepLR and ExponentialLR: get_last_lr() at every epoch vs the closed forms.
import math
from bisect import bisect_right

import torch

lr0, epochs = 0.1, 8
schedules = {  # name: (scheduler, closed form of the lr at epoch t)
    "StepLR": (lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5),
               lambda t: lr0 * 0.5 ** (t // 3)),
    "MultiStepLR": (lambda o: torch.optim.lr_scheduler.MultiStepLR(o, milestones=[2, 5], gamma=0.1),
                    lambda t: lr0 * 0.1 ** bisect_right([2, 5], t)),
    "ExponentialLR": (lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.8),
                      lambda t: lr0 * 0.8**t),
}
lrs = {}
for name, (make, closed_form) in schedules.items():
    optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr0)
    scheduler = make(optimizer)
    torch_lrs = []
    for epoch in range(epochs):
        torch_lrs.append(scheduler.get_last_lr()[0])  # the lr used during this epoch
        optimizer.step()
        scheduler.step()
    scratch = [closed_form(t) for t in range(epochs)]
    lrs[name] = torch_lrs
    same = all(math.isclose(a, b, rel_tol=1e-12) for a, b in zip(torch_lrs, scratch))
    print(f"{name:13}", " ".join(f"{lr:.5f}" for lr in torch_lrs), " closed form equal:", same)
    #> StepLR        0.10000 0.10000 0.10000 0.05000 0.05000 0.05000 0.02500 0.02500  closed form equal: True
    #> MultiStepLR   0.10000 0.10000 0.01000 0.01000 0.01000 0.00100 0.00100 0.00100  closed form equal: True
    #> ExponentialLR 0.10000 0.08000 0.06400 0.05120 0.04096 0.03277 0.02621 0.02097  closed form equal: True
