# clip_grad_value_ from scratch: clamp every entry to [-clip_value, clip_value], each on its own (float64).
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2)).to(torch.float64)
X, y = torch.randn(8, 4, dtype=torch.float64), torch.randn(8, 2, dtype=torch.float64)
(10 * (model(X) - y) ** 2).mean().backward()
grads = [p.grad.clone() for p in model.parameters()]

clip_value = 1.0
clipped = [g.clamp(min=-clip_value, max=clip_value) for g in grads]
returned = nn.utils.clip_grad_value_(model.parameters(), clip_value)
print(returned, all(torch.equal(c, p.grad) for c, p in zip(clipped, model.parameters())))
#> None True
entries = torch.cat([g.flatten() for g in grads])
print(f"{(entries.abs() > clip_value).sum().item()} of {entries.numel()} entries were clamped; "
      f"largest before {entries.abs().max().item():.4f}")
#> 15 of 23 entries were clamped; largest before 5.2439
after = torch.cat([p.grad.flatten() for p in model.parameters()])
print(f"norm {entries.norm().item():.4f} -> {after.norm().item():.4f}, "
      f"cosine with the unclipped gradient {torch.nn.functional.cosine_similarity(after, entries, dim=0).item():.4f}")
#> norm 10.0803 -> 4.3486, cosine with the unclipped gradient 0.8998
