# Check autograd against central finite differences, by hand and with torch.autograd.gradcheck (float64).
import torch


def f(x):
    return (torch.sin(x) * x**2).sum()


x = torch.tensor([0.3, -1.2, 2.0], dtype=torch.float64, requires_grad=True)
(analytic,) = torch.autograd.grad(f(x), x)

h = 1e-6
numeric = torch.stack([(f(x.detach() + h * e) - f(x.detach() - h * e)) / (2 * h)
                       for e in torch.eye(3, dtype=torch.float64)])
print(analytic)
#> tensor([0.2633, 2.7587, 1.9726], dtype=torch.float64)
print(numeric)
#> tensor([0.2633, 2.7587, 1.9726], dtype=torch.float64)
print((analytic - numeric).abs().max().item() < 1e-7)  # the largest absolute difference, no relative slack
#> True
print(torch.autograd.gradcheck(f, (x,)))
#> True
