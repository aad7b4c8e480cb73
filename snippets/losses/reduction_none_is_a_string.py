# reduction takes the *string* 'none'; Python's None is an error.
import torch
import torch.nn as nn

x = torch.tensor([1.0, 2.0])
y = torch.tensor([0.0, 0.0])

try:
    nn.MSELoss(reduction=None)(x, y)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: None is not a valid value for reduction

print(nn.MSELoss(reduction="none")(x, y))
#> tensor([1., 4.])
