# The same 2 -> 10 -> 10 -> 1 network three ways: an nn.Module, nn.Sequential, and plain functions.
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1, self.fc2, self.fc3 = nn.Linear(2, 10), nn.Linear(10, 10), nn.Linear(10, 1)

    def forward(self, x):
        x = torch.relu(self.fc1(x))  # an activation between layers, or the stack stays linear
        x = torch.relu(self.fc2(x))
        return self.fc3(x)


torch.manual_seed(0)
custom = Net()
sequential = nn.Sequential(nn.Linear(2, 10), nn.ReLU(), nn.Linear(10, 10), nn.ReLU(), nn.Linear(10, 1))
names = sequential.state_dict().keys()  # '0.weight', ... where custom has 'fc1.weight', ...
sequential.load_state_dict(dict(zip(names, custom.state_dict().values())))  # same weights


def functional(x, p):  # the same computation on the custom model's parameters
    x = torch.relu(F.linear(x, p["fc1.weight"], p["fc1.bias"]))
    x = torch.relu(F.linear(x, p["fc2.weight"], p["fc2.bias"]))
    return F.linear(x, p["fc3.weight"], p["fc3.bias"])


x = torch.randn(5, 2)
parameters = dict(custom.named_parameters())
print(torch.allclose(custom(x), sequential(x)), torch.allclose(custom(x), functional(x, parameters)), custom(x).shape)
#> True True torch.Size([5, 1])
print(sum(p.numel() for p in custom.parameters()))  # (2*10 + 10) + (10*10 + 10) + (10*1 + 1)
#> 151
print(sequential)
#> Sequential(
#>   (0): Linear(in_features=2, out_features=10, bias=True)
#>   (1): ReLU()
#>   (2): Linear(in_features=10, out_features=10, bias=True)
#>   (3): ReLU()
#>   (4): Linear(in_features=10, out_features=1, bias=True)
#> )
