# norm_type 2, 1 and inf: the total norm from scratch vs the value clip_grad_norm_ returns, and the clipped gradients.
import torch

torch.manual_seed(0)
grads = [torch.randn(3, 4, dtype=torch.float64), torch.randn(4, dtype=torch.float64)]  # two parameters' gradients
every = torch.cat([g.flatten() for g in grads])  # all 16 entries as one vector
from_scratch = {2.0: every.pow(2).sum().sqrt(), 1.0: every.abs().sum(), float("inf"): every.abs().max()}
for norm_type, total in from_scratch.items():
    params = [torch.zeros_like(g, requires_grad=True) for g in grads]
    for p, g in zip(params, grads):
        p.grad = g.clone()
    returned = torch.nn.utils.clip_grad_norm_(params, max_norm=1.0, norm_type=norm_type)
    scale = min(1.0 / (total.item() + 1e-6), 1.0)
    same = all(torch.allclose(p.grad, g * scale, rtol=1e-12, atol=0) for p, g in zip(params, grads))
    print(f"norm_type {norm_type}: from scratch {total.item():.6f}, returned {returned.item():.6f}, "
          f"clipped gradients equal: {same}")
    #> norm_type 2.0: from scratch 3.962965, returned 3.962965, clipped gradients equal: True
    #> norm_type 1.0: from scratch 13.358577, returned 13.358577, clipped gradients equal: True
    #> norm_type inf: from scratch 2.178789, returned 2.178789, clipped gradients equal: True
