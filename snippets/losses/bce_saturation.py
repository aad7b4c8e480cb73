# Large logits: BCEWithLogitsLoss stays exact; sigmoid then BCELoss saturates in float32.
import torch
import torch.nn.functional as F

y = torch.tensor([0.0, 1.0, 0.0, 1.0])  # every prediction is confidently wrong
for route in ["with logits", "sigmoid + BCELoss"]:
    z = torch.tensor([100.0, -100.0, 200.0, -200.0], requires_grad=True)
    if route == "with logits":
        loss = F.binary_cross_entropy_with_logits(z, y, reduction="none")
    else:
        loss = F.binary_cross_entropy(torch.sigmoid(z), y, reduction="none")
    loss.mean().backward()
    print(f"{route:17}  loss {loss.detach()}  grad {z.grad}")
    #> with logits        loss tensor([100., 100., 200., 200.])  grad tensor([ 0.2500, -0.2500,  0.2500, -0.2500])
    #> sigmoid + BCELoss  loss tensor([100., 100., 100., 100.])  grad tensor([0., -0., 0., -0.])

grid = torch.arange(15.0, 18.0, 0.25)
print(f"sigmoid(z) == 1.0 in float32 from z = {grid[torch.sigmoid(grid) == 1.0][0]}")
#> sigmoid(z) == 1.0 in float32 from z = 16.75
