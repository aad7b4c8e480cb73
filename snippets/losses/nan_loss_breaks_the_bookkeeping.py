# One nan batch loss (an all-ignored batch) poisons the epoch average and looks like "no improvement".
import torch

batch_losses = [0.9, 0.8, float("nan"), 0.7]
print(f"epoch mean {torch.tensor(batch_losses).mean().item()}")
#> epoch mean nan

parameter = torch.nn.Parameter(torch.zeros(1))
optimizer = torch.optim.SGD([parameter], lr=1.0)
scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, patience=2)
for epoch_loss in [1.0, float("nan"), float("nan"), float("nan")]:
    scheduler.step(epoch_loss)
    print(f"loss {epoch_loss}: bad epochs {scheduler.num_bad_epochs}, lr {optimizer.param_groups[0]['lr']}")
    #> loss 1.0: bad epochs 0, lr 1.0
    #> loss nan: bad epochs 1, lr 1.0
    #> loss nan: bad epochs 2, lr 1.0
    #> loss nan: bad epochs 0, lr 0.1
