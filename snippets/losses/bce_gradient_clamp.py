# BCELoss's backward clamps x(1 - x) at 1e-12: past |z| = 27.6 the loss is right, the gradient collapses,
# in float64 as in float32.
import torch
import torch.nn.functional as F

for dtype in [torch.float32, torch.float64]:
    z = torch.tensor([-27.0, -28.0, -30.0, -40.0], dtype=dtype, requires_grad=True)
    y = torch.ones(4, dtype=dtype)
    x = torch.sigmoid(z)
    loss = F.binary_cross_entropy(x, y, reduction="sum")
    loss.backward()
    x = x.detach()  # by hand: dL/dx = (x - y) / max(x(1 - x), 1e-12), times dx/dz = x(1 - x)
    by_hand = (x - y) / (x * (1 - x)).clamp(min=1e-12) * x * (1 - x)
    print(f"{str(dtype)[6:]}: losses {[round(v, 4) for v in F.binary_cross_entropy(x, y, reduction='none').tolist()]}"
          f"  grads {[float(f'{g:.3g}') for g in z.grad.tolist()]}  by hand: {torch.allclose(z.grad, by_hand)}")
    #> float32: losses [27.0, 28.0, 30.0, 40.0]  grads [-1.0, -0.691, -0.0936, -4.25e-06]  by hand: True
    #> float64: losses [27.0, 28.0, 30.0, 40.0]  grads [-1.0, -0.691, -0.0936, -4.25e-06]  by hand: True

# The y = 0 side in float64, where sigmoid(30) is still below 1: the loss is nearly right, the gradient not.
z = torch.tensor(30.0, dtype=torch.float64, requires_grad=True)
loss = F.binary_cross_entropy(torch.sigmoid(z), torch.tensor(0.0, dtype=torch.float64))
loss.backward()
print(f"float64, y = 0, z = 30: loss {loss.item():.3f}  grad {z.grad.item():.3g}  (exact: 30.000 and 1)")
#> float64, y = 0, z = 30: loss 30.001  grad 0.0935  (exact: 30.000 and 1)
