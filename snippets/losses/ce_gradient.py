# The gradient of cross-entropy with respect to the logits is softmax(z) - one_hot(y), divided by N for the mean.
import torch
import torch.nn.functional as F

z = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3]], requires_grad=True)
y = torch.tensor([0, 2])

F.cross_entropy(z, y).backward()
closed_form = (F.softmax(z.detach(), dim=1) - F.one_hot(y, 3)) / len(y)
print(z.grad)
#> tensor([[-0.1072,  0.0876,  0.0196],
#>         [ 0.1503,  0.1661, -0.3164]])
print(torch.allclose(z.grad, closed_form))
#> True
