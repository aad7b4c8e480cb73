# ReduceLROnPlateau from scratch: halve the lr after more than `patience` epochs without a 1% improvement.
import torch

losses = [1.0, 0.9, 0.897, 0.895, 0.894, 0.893, 0.8925, 0.892, 0.8915, 0.8, 0.79]  # each epoch a little lower
factor, patience, threshold, cooldown = 0.5, 2, 0.01, 1
optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(
    optimizer, mode="min", factor=factor, patience=patience, threshold=threshold, cooldown=cooldown)
lr, best, bad, cooling, torch_lrs = 0.1, float("inf"), 0, 0, [0.1]
for epoch, loss in enumerate(losses):
    optimizer.step()
    scheduler.step(loss)  # the validation loss of this epoch
    if loss < best * (1 - threshold):  # mode "min", threshold_mode "rel": better by more than 1%
        best, bad = loss, 0
    else:
        bad += 1
    if cooling > 0:  # in cooldown: bad epochs are not counted
        cooling, bad = cooling - 1, 0
    if bad > patience:
        lr, cooling, bad = lr * factor, cooldown, 0
    torch_lrs.append(scheduler.get_last_lr()[0])  # the lr of the next epoch
    print(f"epoch {epoch:2}  loss {loss:.4f}  best {best:.4f}  bad {bad}  cooldown {cooling}"
          f"  next lr: torch {torch_lrs[-1]:.4f} scratch {lr:.4f}")
    #> epoch  0  loss 1.0000  best 1.0000  bad 0  cooldown 0  next lr: torch 0.1000 scratch 0.1000
    #> epoch  1  loss 0.9000  best 0.9000  bad 0  cooldown 0  next lr: torch 0.1000 scratch 0.1000
    #> epoch  2  loss 0.8970  best 0.9000  bad 1  cooldown 0  next lr: torch 0.1000 scratch 0.1000
    #> epoch  3  loss 0.8950  best 0.9000  bad 2  cooldown 0  next lr: torch 0.1000 scratch 0.1000
    #> epoch  4  loss 0.8940  best 0.9000  bad 0  cooldown 1  next lr: torch 0.0500 scratch 0.0500
    #> epoch  5  loss 0.8930  best 0.9000  bad 0  cooldown 0  next lr: torch 0.0500 scratch 0.0500
    #> epoch  6  loss 0.8925  best 0.9000  bad 1  cooldown 0  next lr: torch 0.0500 scratch 0.0500
    #> epoch  7  loss 0.8920  best 0.9000  bad 2  cooldown 0  next lr: torch 0.0500 scratch 0.0500
    #> epoch  8  loss 0.8915  best 0.9000  bad 0  cooldown 1  next lr: torch 0.0250 scratch 0.0250
    #> epoch  9  loss 0.8000  best 0.8000  bad 0  cooldown 0  next lr: torch 0.0250 scratch 0.0250
    #> epoch 10  loss 0.7900  best 0.7900  bad 0  cooldown 0  next lr: torch 0.0250 scratch 0.0250

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
no_threshold = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, factor=factor, patience=patience,
                                                          threshold=0)
for loss in losses:
    optimizer.step()
    no_threshold.step(loss)
print(f"threshold=0: every lower loss counts as better, lr stays {no_threshold.get_last_lr()[0]}")
#> threshold=0: every lower loss counts as better, lr stays 0.1
