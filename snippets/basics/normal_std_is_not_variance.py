# torch.normal's std is the standard deviation: std=3 means variance 9, not 3.
import torch

torch.manual_seed(0)
draws = torch.normal(mean=2.0, std=3.0, size=(1_000_000,))
print(f"mean {draws.mean():.3f}, std {draws.std():.3f}, variance {draws.var():.3f}")
#> mean 1.995, std 3.000, variance 8.998
