# The source posts' softmax example, with `a` fixed to the values they printed
# (their torch.randint call had no seed) and `dim` given explicitly.
import torch
import torch.nn.functional as F

a = torch.tensor([[3.0, 7.0, 4.0], [3.0, 5.0, 8.0]])
print(F.softmax(a, dim=1))  # softmax along each row: each row sums to 1
#> tensor([[0.0171, 0.9362, 0.0466],
#>         [0.0064, 0.0471, 0.9465]])

by_hand = a.exp() / a.exp().sum(dim=1, keepdim=True)
print(torch.allclose(by_hand, F.softmax(a, dim=1)), F.softmax(a, dim=1).sum(dim=1))
#> True tensor([1., 1.])
