# 4 micro-batches accumulate the big batch's mean-loss gradient only if each loss is divided by 4.
import torch
import torch.nn as nn

torch.manual_seed(0)
x, y = torch.randn(8, 3, dtype=torch.float64), torch.randn(8, 1, dtype=torch.float64)
model = nn.Linear(3, 1).double()
loss_fn = nn.MSELoss()  # reduction="mean": the mean over the batch it is given

loss_fn(model(x), y).backward()  # one batch of 8
big = model.weight.grad.clone()

for divide in [False, True]:
    model.zero_grad()
    for xs, ys in zip(x.split(2), y.split(2)):  # 4 micro-batches of 2
        loss = loss_fn(model(xs), ys)
        (loss / 4 if divide else loss).backward()  # .grad adds up over the 4 calls
    same = torch.allclose(model.weight.grad, big)
    print(f"divided by 4: {divide!s:5}  allclose to the batch of 8: {same}, "
          f"ratio {(model.weight.grad / big).mean().item():.4f}")
    #> divided by 4: False  allclose to the batch of 8: False, ratio 4.0000
    #> divided by 4: True   allclose to the batch of 8: True, ratio 1.0000
