# One maxout unit (k = 3 pieces): not linear, and only the winning piece of each example gets a gradient.
import torch
import torch.nn as nn

torch.manual_seed(0)
pieces = nn.Linear(4, 3)  # row j holds piece j: z_j = w_j . x + b_j
with torch.no_grad():
    pieces.bias[2] = -10.0  # piece 2 is now below the others on every input


def maxout(x):
    return pieces(x).max(dim=-1).values


x = torch.randn(64, 4)
maxout(x).sum().backward()
print("wins per piece:", torch.bincount(pieces(x).argmax(dim=1), minlength=3).tolist())
#> wins per piece: [29, 35, 0]
print("weight-gradient sum per piece:", pieces.weight.grad.abs().sum(dim=1))
#> weight-gradient sum per piece: tensor([35.4448, 42.9605,  0.0000])

a, b = x[0], x[1]  # a linear map would give f(a + b) = f(a) + f(b)
with torch.no_grad():
    print(f"f(a + b) = {maxout(a + b):.4f}, f(a) + f(b) = {maxout(a) + maxout(b):.4f}")
    #> f(a + b) = 0.5690, f(a) + f(b) = 0.0913
