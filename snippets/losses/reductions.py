# reduction='none' | 'mean' | 'sum' on a 2x3 example: 'mean' averages over all 6 elements.
import torch
import torch.nn as nn

y_hat = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])  # predictions: 2 samples, 3 outputs each
y = torch.zeros(2, 3)

for reduction in ["none", "mean", "sum"]:
    print(reduction, nn.L1Loss(reduction=reduction)(y_hat, y))
    #> none tensor([[1., 2., 3.],
    #>         [4., 5., 6.]])
    #> mean tensor(3.5000)
    #> sum tensor(21.)

# 'mean' is the sum over elements divided by the number of elements, not by the batch size 2.
total = nn.L1Loss(reduction="sum")(y_hat, y)
print(f"sum / {y_hat.numel()} elements = {total / y_hat.numel()}   sum / batch size {len(y_hat)} = {total / len(y_hat)}")
#> sum / 6 elements = 3.5   sum / batch size 2 = 10.5
