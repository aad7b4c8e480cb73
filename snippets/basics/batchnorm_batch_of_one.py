# In training mode a batch of one has no variance to normalize with; in eval mode it is fine.
import torch
import torch.nn as nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
single = torch.randn(1, 3)
try:
    bn(single)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 3])

bn.eval()  # uses running_mean (0) and running_var (1): here the output is x / sqrt(1 + eps)
print(torch.allclose(bn(single), single / torch.sqrt(torch.tensor(1 + bn.eps))))
#> True
