# OneCycleLR: warm up to max_lr, then anneal to max_lr / 25 / 1e4; both anneal strategies vs scratch.
import math

import torch

max_lr, total, pct_start, div_factor, final_div_factor = 1.0, 10, 0.3, 25.0, 1e4
lr_start, lr_end = max_lr / div_factor, max_lr / div_factor / final_div_factor
peak = pct_start * total - 1  # the step at which the lr reaches max_lr: 2.0, not 3
anneal = {"cos": lambda a, b, p: b + (a - b) / 2 * (1 + math.cos(math.pi * p)),
          "linear": lambda a, b, p: a + (b - a) * p}
lrs = {}
for strategy, f in anneal.items():
    optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=max_lr, total_steps=total,
                                                    pct_start=pct_start, anneal_strategy=strategy)
    torch_lrs = []
    for step in range(total):
        torch_lrs.append(scheduler.get_last_lr()[0])
        optimizer.step()
        scheduler.step()
    scratch = [f(lr_start, max_lr, s / peak) if s <= peak else f(max_lr, lr_end, (s - peak) / (total - 1 - peak))
               for s in range(total)]
    lrs[strategy] = torch_lrs
    same = all(math.isclose(a, b, rel_tol=1e-12) for a, b in zip(torch_lrs, scratch))
    print(f"{strategy:6} torch  ", " ".join(f"{lr:.4g}" for lr in torch_lrs),
          f"\n{strategy:6} scratch", " ".join(f"{lr:.4g}" for lr in scratch), " equal:", same)
    #> cos    torch   0.04 0.52 1 0.9505 0.8117 0.6113 0.3887 0.1883 0.04952 4e-06
    #> cos    scratch 0.04 0.52 1 0.9505 0.8117 0.6113 0.3887 0.1883 0.04952 4e-06  equal: True
    #> linear torch   0.04 0.52 1 0.8571 0.7143 0.5714 0.4286 0.2857 0.1429 4e-06
    #> linear scratch 0.04 0.52 1 0.8571 0.7143 0.5714 0.4286 0.2857 0.1429 4e-06  equal: True
