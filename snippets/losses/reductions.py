# reduction='none' | 'mean' | 'sum' on a 2x3 example: 'mean' averages over all 6 elements.
import torch
import torch.nn as nn

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
y = torch.zeros(2, 3)

for reduction in ["none", "mean", "sum"]:
    print(reduction, nn.L1Loss(reduction=reduction)(x, y))
    #> none tensor([[1., 2., 3.],
    #>         [4., 5., 6.]])
    #> mean tensor(3.5000)
    #> sum tensor(21.)

# 'mean' is the sum over elements divided by the number of elements, not by the batch size 2.
print(nn.L1Loss(reduction="sum")(x, y) / x.numel())
#> tensor(3.5000)
