# Through softmax: q.backward() needs a scalar, and q.sum() is a constant with gradient 0.
import torch
import torch.nn.functional as F

z = torch.tensor([2.0, 1.0, 0.1, -1.0], dtype=torch.float64, requires_grad=True)
q = F.softmax(z, dim=0)
try:
    q.backward()
except RuntimeError as error:
    print(error)
    #> grad can be implicitly created only for scalar outputs
q.sum().backward()  # sum of the probabilities: 1 whatever z is
print(bool(z.grad.abs().max() < 1e-15))  # zero up to rounding: the rows of J sum to 0
#> True
z.grad = None
q = F.softmax(z, dim=0)
q[0].backward()  # one probability at a time: row 0 of J
print(z.grad)
#> tensor([ 0.2309, -0.1498, -0.0609, -0.0203], dtype=torch.float64)
