# The posts' Net has fc2 = Linear(10, 1) but fc3 = Linear(10, out): print(model) works, forward crashes.
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.fc1, self.fc2, self.fc3 = nn.Linear(n_in, 10), nn.Linear(10, 1), nn.Linear(10, n_out)

    def forward(self, x):
        return self.fc3(self.fc2(self.fc1(x)))


torch.manual_seed(0)
model = Net(2, 1)
print(model)  # printing only lists the layers; it never runs them
#> Net(
#>   (fc1): Linear(in_features=2, out_features=10, bias=True)
#>   (fc2): Linear(in_features=10, out_features=1, bias=True)
#>   (fc3): Linear(in_features=10, out_features=1, bias=True)
#> )
try:
    model(torch.randn(4, 2))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x1 and 10x1)
