# Adam's first step is about lr * sign(g) for every coordinate, whatever the gradient's size.
import torch

g = torch.tensor([1e-4, -3.0, 250.0])
w = torch.zeros(3, requires_grad=True)
optimizer = torch.optim.Adam([w], lr=0.01)
w.grad = g.clone()
optimizer.step()
print(w.detach())
#> tensor([-0.0100,  0.0100, -0.0100])
print(-0.01 * torch.sign(g))
#> tensor([-0.0100,  0.0100, -0.0100])
