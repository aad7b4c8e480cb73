# optimizer.step() then scheduler.step(); the reverse order warns and skips the schedule's first lr.
import warnings

import torch


def lrs_used(scheduler_first):
    w = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
    used = []
    for epoch in range(5):
        w.grad = torch.ones(1)  # stands for a backward()
        if scheduler_first:
            scheduler.step()
        used.append(optimizer.param_groups[0]["lr"])  # the lr this optimizer.step() uses
        optimizer.step()
        if not scheduler_first:
            scheduler.step()
    return used


print("optimizer.step() first:", lrs_used(scheduler_first=False))
#> optimizer.step() first: [0.1, 0.1, 0.05, 0.05, 0.025]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    reversed_order = lrs_used(scheduler_first=True)
print("scheduler.step() first:", reversed_order)
#> scheduler.step() first: [0.1, 0.05, 0.05, 0.025, 0.025]
print(caught[0].category.__name__, caught[0].message)
#> UserWarning Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch 1.1.0 and later, you should call them in the opposite order: `optimizer.step()` before `lr_scheduler.step()`.  Failure to do this will result in PyTorch skipping the first value of the learning rate schedule. See more details at https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate
