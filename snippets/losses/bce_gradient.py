# The BCE gradient with respect to the logit, derived on the page, against autograd (float64).
import torch
import torch.nn.functional as F

z = torch.tensor([-2.0, 0.0, 1.5, 3.0], dtype=torch.float64, requires_grad=True)
y = torch.tensor([0.0, 1.0, 1.0, 0.3], dtype=torch.float64)  # 0.3: a soft label
N = len(z)
# The step the derivation starts from: log sigmoid(z) = -softplus(-z), log(1 - sigmoid(z)) = -softplus(z).
s = torch.sigmoid(z.detach())
print(torch.allclose(s.log(), -F.softplus(-z.detach())), torch.allclose((1 - s).log(), -F.softplus(z.detach())))
#> True True

F.binary_cross_entropy_with_logits(z, y).backward()
print(z.grad)
#> tensor([ 0.0298, -0.1250, -0.0456,  0.1631], dtype=torch.float64)
print(torch.allclose(z.grad, (s - y) / N))  # w_n = 1, pos_weight = 1: (sigmoid(z) - y) / N
#> True

w = torch.tensor([1.0, 2.0, 0.5, 3.0], dtype=torch.float64)  # weight w_n
w_pos = torch.tensor([4.0], dtype=torch.float64)  # pos_weight
z.grad = None
F.binary_cross_entropy_with_logits(z, y, weight=w, pos_weight=w_pos).backward()
closed_form = w * ((w_pos * y + 1 - y) * s - w_pos * y) / N
print(torch.allclose(z.grad, closed_form), torch.allclose(z.grad, w * (s - y) / N))  # the second is wrong
#> True False
