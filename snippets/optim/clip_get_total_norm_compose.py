# get_total_norm followed by clip_grads_with_norm_ is clip_grad_norm_; get_total_norm takes the GRADIENTS (float64).
import torch
import torch.nn as nn
from torch.nn.utils import clip_grad_norm_, clip_grads_with_norm_, get_total_norm

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2)).to(torch.float64)
X, y = torch.randn(8, 4, dtype=torch.float64), torch.randn(8, 2, dtype=torch.float64)
(10 * (model(X) - y) ** 2).mean().backward()
grads = [p.grad.clone() for p in model.parameters()]

total = get_total_norm([p.grad for p in model.parameters()])  # the gradients, not the parameters
clip_grads_with_norm_(model.parameters(), max_norm=1.0, total_norm=total)
two_calls = [p.grad.clone() for p in model.parameters()]

for p, g in zip(model.parameters(), grads):
    p.grad = g.clone()
returned = clip_grad_norm_(model.parameters(), max_norm=1.0)
same = all(torch.equal(a, p.grad) for a, p in zip(two_calls, model.parameters()))
print(f"{total.item():.6f} {returned.item():.6f}", same)
#> 10.080291 10.080291 True
print(f"get_total_norm(model.parameters()) = {get_total_norm(model.parameters()).item():.6f}: the weights' norm")
#> get_total_norm(model.parameters()) = 1.303161: the weights' norm
