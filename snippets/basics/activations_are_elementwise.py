# Module and function forms compute the same thing, elementwise, on any shape.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
images = torch.randn(2, 3, 4, 4)  # (N, C, H, W)
print(torch.equal(nn.ReLU()(images), F.relu(images)), torch.equal(F.relu(images), torch.relu(images)))
#> True True
print(nn.Sigmoid()(images).shape, torch.tanh(torch.randn(5)).shape)  # same shape out as in
#> torch.Size([2, 3, 4, 4]) torch.Size([5])

# Softmax is the exception: it mixes a whole axis, so it needs dim.
print(nn.Softmax(dim=1)(images).sum(dim=1)[0, 0, 0])
#> tensor(1.)
