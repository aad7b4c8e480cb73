# Class indices must lie in [0, C-1]: the posts' y = [1, 2] with C = 2 classes raises.
import torch
import torch.nn as nn

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])  # 2 samples, C = 2 classes
loss = nn.CrossEntropyLoss()
try:
    loss(x, torch.tensor([1, 2]))
except IndexError as error:
    print(f"IndexError: {error}")
    #> IndexError: Target 2 is out of bounds.

print(loss(x, torch.tensor([1, 0])))  # valid indices for 2 classes are 0 and 1
#> tensor(0.8133)
