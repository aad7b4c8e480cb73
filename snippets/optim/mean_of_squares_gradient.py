# L = (1/n) sum x_i^2 has gradient 2x/n; autograd finds the same.
import torch

x = torch.tensor([1.0, -2.0, 3.0, 0.5], requires_grad=True)
L = (x**2).mean()
L.backward()
print(x.grad)
#> tensor([ 0.5000, -1.0000,  1.5000,  0.2500])
print(2 * x.detach() / x.numel())
#> tensor([ 0.5000, -1.0000,  1.5000,  0.2500])
