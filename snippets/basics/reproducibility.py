# The same seed gives the same numbers; a torch.Generator keeps a random stream of its own.
import torch

torch.manual_seed(42)
first = torch.randn(3)
torch.manual_seed(42)
print(torch.equal(first, torch.randn(3)))
#> True

generator = torch.Generator().manual_seed(7)  # independent of the global seed
print(torch.rand(2, generator=generator))
#> tensor([0.5349, 0.1988])
print(torch.device("cpu"), first.device, first.to("cpu").device)
#> cpu cpu cpu
