# f = (x + y) z at x = -2, y = 5, z = -4: the chain rule by hand, then autograd.
import torch

x = torch.tensor(-2.0, requires_grad=True)
y = torch.tensor(5.0, requires_grad=True)
z = torch.tensor(-4.0, requires_grad=True)

q = x + y  # forward: q = 3
f = q * z  # forward: f = -12
f.backward()

# By hand: df/dz = q, df/dq = z, and dq/dx = dq/dy = 1, so df/dx = df/dy = z.
print(f"f = {f.item()}, q = {q.item()}")
#> f = -12.0, q = 3.0
print(f"by hand:  df/dx = {z.item()}, df/dy = {z.item()}, df/dz = {q.item()}")
#> by hand:  df/dx = -4.0, df/dy = -4.0, df/dz = 3.0
print(f"autograd: df/dx = {x.grad.item()}, df/dy = {y.grad.item()}, df/dz = {z.grad.item()}")
#> autograd: df/dx = -4.0, df/dy = -4.0, df/dz = 3.0
# The graph autograd recorded: f came from a multiplication whose inputs came from an addition and from z.
print(type(f.grad_fn).__name__, [type(fn).__name__ for fn, _ in f.grad_fn.next_functions])
#> MulBackward0 ['AddBackward0', 'AccumulateGrad']
