# The MSE example from the source posts, seeded as they seed it.
import torch
import torch.nn as nn

torch.manual_seed(10)

loss_fn = nn.MSELoss(reduction="mean")
x = torch.randn(1, 2, requires_grad=True)  # prediction
print(x)
#> tensor([[-0.6014, -1.0122]], requires_grad=True)
y = torch.randn(1, 2)  # target
print(y)
#> tensor([[-0.3023, -1.2277]])
loss = loss_fn(x, y)
print(loss)
#> tensor(0.0680, grad_fn=<MseLossBackward0>)

loss.backward()
print(x.grad)  # d loss / d x = 2 (x - y) / N, with N = 2 elements
#> tensor([[-0.2991,  0.2155]])
print(2 * (x.detach() - y) / x.numel())
#> tensor([[-0.2991,  0.2155]])
