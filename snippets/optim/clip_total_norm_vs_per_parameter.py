# One call over all parameters vs one call per parameter: different total norms, different directions.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2)).to(torch.float64)
X, y = torch.randn(8, 4, dtype=torch.float64), torch.randn(8, 2, dtype=torch.float64)
(10 * (model(X) - y) ** 2).mean().backward()
before = [p.grad.clone() for p in model.parameters()]


def flat(grads):
    return torch.cat([g.flatten() for g in grads])


print(f"unclipped: norms {[round(g.norm().item(), 3) for g in before]}, total {flat(before).norm().item():.4f}")
#> unclipped: norms [5.865, 2.533, 5.179, 5.828], total 10.0803
for per_parameter in [False, True]:
    for p, g in zip(model.parameters(), before):
        p.grad = g.clone()
    if per_parameter:
        for p in model.parameters():
            nn.utils.clip_grad_norm_(p, max_norm=1.0)  # wrong: each tensor on its own
    else:
        nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    after = [p.grad for p in model.parameters()]
    cosine = torch.nn.functional.cosine_similarity(flat(after), flat(before), dim=0).item()
    print(f"per parameter {per_parameter!s:5}: norms {[round(g.norm().item(), 3) for g in after]}, "
          f"total {flat(after).norm().item():.4f}, cosine with the unclipped gradient {cosine:.4f}")
    #> per parameter False: norms [0.582, 0.251, 0.514, 0.578], total 1.0000, cosine with the unclipped gradient 1.0000
    #> per parameter True : norms [1.0, 1.0, 1.0, 1.0], total 2.0000, cosine with the unclipped gradient 0.9626
