# The gradient of binary cross-entropy with respect to the logit is sigmoid(z) - y (divided by N for the mean).
import torch
import torch.nn.functional as F

z = torch.tensor([-2.0, 0.0, 1.5, 3.0], requires_grad=True)
y = torch.tensor([0.0, 1.0, 1.0, 0.0])

F.binary_cross_entropy_with_logits(z, y).backward()
closed_form = (torch.sigmoid(z.detach()) - y) / z.numel()
print(z.grad)
#> tensor([ 0.0298, -0.1250, -0.0456,  0.2381])
print(closed_form, torch.allclose(z.grad, closed_form))
#> tensor([ 0.0298, -0.1250, -0.0456,  0.2381]) True
