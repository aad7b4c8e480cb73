# Resuming a schedule: load the optimizer's and the scheduler's state_dict into fresh objects.
import torch


def make():
    optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
    return optimizer, torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)


def train(optimizer, scheduler, epochs):
    used = []
    for _ in range(epochs):
        used.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step()
    return used


print("6 epochs in one run:   ", train(*make(), 6))
#> 6 epochs in one run:    [0.1, 0.1, 0.05, 0.05, 0.025, 0.025]
optimizer, scheduler = make()
first = train(optimizer, scheduler, 3)
saved = optimizer.state_dict(), scheduler.state_dict()  # what a checkpoint holds
optimizer, scheduler = make()  # a new process: fresh objects, schedule at epoch 0
optimizer.load_state_dict(saved[0])
scheduler.load_state_dict(saved[1])
print("3 epochs, resume, 3 more:", first + train(optimizer, scheduler, 3), " last_epoch", scheduler.last_epoch)
#> 3 epochs, resume, 3 more: [0.1, 0.1, 0.05, 0.05, 0.025, 0.025]  last_epoch 6
optimizer, scheduler = make()
scheduler.load_state_dict(saved[1])  # the scheduler's state alone: the optimizer's lr is back at 0.1
print("scheduler state only:    ", first + train(optimizer, scheduler, 3))
#> scheduler state only:     [0.1, 0.1, 0.05, 0.1, 0.05, 0.05]
