# clip_grad_norm_ from scratch: one norm over ALL the gradients, one scale factor min(max_norm / (norm + 1e-6), 1).
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2)).to(torch.float64)
X, y = torch.randn(8, 4, dtype=torch.float64), torch.randn(8, 2, dtype=torch.float64)
(10 * (model(X) - y) ** 2).mean().backward()
grads = [p.grad.clone() for p in model.parameters()]  # 4 tensors: two weights, two biases

max_norm = 1.0
total_norm = torch.sqrt(sum((g**2).sum() for g in grads)).item()  # the 2-norm of all 23 entries together
clipped = [g * min(max_norm / (total_norm + 1e-6), 1.0) for g in grads]
no_epsilon = [g * min(max_norm / total_norm, 1.0) for g in grads]  # a plausible variant

returned = nn.utils.clip_grad_norm_(model.parameters(), max_norm)
print(f"total norm: from scratch {total_norm:.6f}, returned by torch {returned.item():.6f}")
#> total norm: from scratch 10.080291, returned by torch 10.080291


def same(mine):  # a relative tolerance of 1e-12: tight enough to see the 1e-6
    return all(torch.allclose(g, p.grad, rtol=1e-12, atol=0) for g, p in zip(mine, model.parameters()))


print(f"gradients equal: from scratch {same(clipped)}, without the 1e-6 {same(no_epsilon)}")
#> gradients equal: from scratch True, without the 1e-6 False
after = torch.sqrt(sum((p.grad**2).sum() for p in model.parameters())).item()
print(f"norm after clipping {after:.8f}: max_norm * {total_norm:.6f} / ({total_norm:.6f} + 1e-6)")
#> norm after clipping 0.99999990: max_norm * 10.080291 / (10.080291 + 1e-6)
