# Maxout from scratch: each output unit is the largest of k affine pieces of the input.
import torch
import torch.nn as nn


class Maxout(nn.Module):
    def __init__(self, d_in, d_out, k):
        super().__init__()
        self.d_out, self.k = d_out, k
        self.linear = nn.Linear(d_in, d_out * k)  # the k pieces of every unit, in one weight matrix

    def forward(self, x):
        z = self.linear(x).unflatten(-1, (self.d_out, self.k))  # (..., d_out, k): unit i, piece j
        return z.max(dim=-1).values


torch.manual_seed(0)
maxout, x = Maxout(d_in=4, d_out=3, k=5).double(), torch.randn(8, 4, dtype=torch.float64)
W, b = maxout.linear.weight.unflatten(0, (3, 5)), maxout.linear.bias.unflatten(0, (3, 5))
pieces = [nn.Linear(4, 3).double() for _ in range(5)]  # piece j of every unit as an nn.Linear
with torch.no_grad():
    for j, piece in enumerate(pieces):
        piece.weight.copy_(W[:, j]), piece.bias.copy_(b[:, j])
    by_layers = torch.stack([piece(x) for piece in pieces]).max(dim=0).values
    print(f"max of 5 nn.Linear: {torch.allclose(maxout(x), by_layers)}, "
          f"parameters {sum(p.numel() for p in maxout.parameters())} = 5 x 15")
    #> max of 5 nn.Linear: True, parameters 75 = 5 x 15

    relu_like = Maxout(4, 3, k=2).double()  # k = 2, pieces (w, b) and (0, 0): max(w.x + b, 0)
    relu_like.linear.weight.unflatten(0, (3, 2))[:, 1] = 0
    relu_like.linear.bias.unflatten(0, (3, 2))[:, 1] = 0
    w, b0 = relu_like.linear.weight.unflatten(0, (3, 2))[:, 0], relu_like.linear.bias.unflatten(0, (3, 2))[:, 0]
    out = relu_like(x)
    print(f"ReLU: {torch.allclose(out, torch.relu(x @ w.T + b0))}, zeros {(out == 0).sum()} of {out.numel()}")
    #> ReLU: True, zeros 16 of 24
