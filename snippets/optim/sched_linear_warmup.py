# LinearLR as a warm-up: the lr climbs from start_factor * lr0 to lr0 in total_iters epochs, then stays.
import math

import torch

lr0, start_factor, total_iters, epochs = 0.1, 0.25, 3, 6
optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr0)
scheduler = torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=start_factor, total_iters=total_iters)
torch_lrs = []
for epoch in range(epochs):
    torch_lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()
end_factor = 1.0  # the default
closed = [lr0 * (start_factor + (end_factor - start_factor) * min(t, total_iters) / total_iters)
          for t in range(epochs)]
print("torch      ", " ".join(f"{lr:.6f}" for lr in torch_lrs))
#> torch       0.025000 0.050000 0.075000 0.100000 0.100000 0.100000
print("closed form", " ".join(f"{lr:.6f}" for lr in closed))
#> closed form 0.025000 0.050000 0.075000 0.100000 0.100000 0.100000
print("equal:", all(math.isclose(a, b, rel_tol=1e-12) for a, b in zip(torch_lrs, closed)))
#> equal: True
