# Two ways to get perplexity wrong: exp of a summed loss, and 2 ** (a loss in nats).
import torch
import torch.nn.functional as F

torch.manual_seed(0)
y = torch.randint(0, 27, (20,))  # the seeded model of prop_perplexity.py
z = torch.randn(20, 27, dtype=torch.float64)
z[torch.arange(20), y] += 3.0
mean_ce = F.cross_entropy(z, y)  # reduction="mean": nats per character
sum_ce = F.cross_entropy(z, y, reduction="sum")
print(f"right:          exp(mean CE) = {mean_ce.exp():.4f}")
#> right:          exp(mean CE) = 3.3569
print(f"summed loss:    exp(sum CE)  = {sum_ce.exp():.4e}")  # grows with the number of characters
#> summed loss:    exp(sum CE)  = 3.3015e+10
print(f"wrong base:     2 ** mean CE = {2 ** mean_ce:.4f}")  # CE is in nats, not bits
#> wrong base:     2 ** mean CE = 2.3150
