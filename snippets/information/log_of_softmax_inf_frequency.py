# How typical is seed 24? The posts' setup over 1000 seeds: how often log(softmax) + nll_loss is inf.
import torch
import torch.nn.functional as F

infinite, spreads = 0, []
for seed in range(1000):
    torch.manual_seed(seed)
    x = torch.randn(1, 784)
    w = torch.randn(10, 784)
    logits = (x.double() @ w.double().t()).float()  # summed in float64: the same on every CPU
    naive = F.nll_loss(torch.log(F.softmax(logits, dim=1)), torch.tensor([3]))
    infinite += bool(naive.isinf())
    spreads.append(logits.std().item())

spreads = torch.tensor(spreads)
print(f"loss inf in {infinite} of 1000 seeds")
#> loss inf in 26 of 1000 seeds
print(f"logit std: median {spreads.median():.1f}, seed 24 {spreads[24]:.1f}, "
      f"seeds with a std at least as large: {(spreads >= spreads[24]).sum()} of 1000")
#> logit std: median 26.7, seed 24 50.3, seeds with a std at least as large: 3 of 1000
