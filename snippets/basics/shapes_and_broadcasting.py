# Reshaping, and broadcasting: shapes are aligned from the right, and size-1 dimensions stretch.
import torch

x = torch.arange(6)
print(x.view(2, 3).shape, x.reshape(3, 2).shape, x.view(2, 3).unsqueeze(0).shape, x.view(1, 6).squeeze(0).shape)
#> torch.Size([2, 3]) torch.Size([3, 2]) torch.Size([1, 2, 3]) torch.Size([6])

column = torch.tensor([[0.0], [1.0], [2.0]])  # (3, 1), as nn.Linear(d, 1) outputs
row = torch.tensor([0.0, 1.0, 2.0])  # (3,): aligned from the right it acts like (1, 3)
print((column - row).shape)  # (3, 1) with (1, 3) broadcasts to (3, 3): every pair compared
#> torch.Size([3, 3])
print(column - row)
#> tensor([[ 0., -1., -2.],
#>         [ 1.,  0., -1.],
#>         [ 2.,  1.,  0.]])
print((column.squeeze(1) - row).shape)  # match the shapes first: (3,)
#> torch.Size([3])
