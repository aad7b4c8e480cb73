# backward() on a non-scalar needs the vector v of a vector-Jacobian product, J^T v.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2  # a vector: its Jacobian is diag(2x)

try:
    y.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: grad can be implicitly created only for scalar outputs

v = torch.tensor([1.0, 0.1, 0.01])
y.backward(gradient=v)  # computes J^T v = 2x * v
print(x.grad, 2 * x.detach() * v)
#> tensor([2.0000, 0.4000, 0.0600]) tensor([2.0000, 0.4000, 0.0600])
