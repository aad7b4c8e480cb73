# The posts' random-tensor example: a seed makes every draw below the same on every run.
import torch

torch.manual_seed(123)
print(torch.initial_seed())
#> 123
print(torch.rand(2, 3))  # uniform on [0, 1)
#> tensor([[0.2961, 0.5166, 0.2517],
#>         [0.6886, 0.0740, 0.8665]])
print(torch.randn(2, 3))  # standard normal: mean 0, standard deviation 1
#> tensor([[ 0.9447,  0.6217, -1.3501],
#>         [-0.1881, -2.3891, -0.4759]])
print(torch.normal(mean=2, std=3, size=(1, 4)))  # mean 2, standard deviation 3
#> tensor([[7.2808, 3.9642, 3.6471, 3.1014]])
