# The MSE example from the source posts, seeded as they seed it, plus the gradient they do not print.
import torch
import torch.nn as nn

torch.manual_seed(10)

loss_fn = nn.MSELoss(reduction="mean")
y_hat = torch.randn(1, 2, requires_grad=True)  # prediction (the post's `input`)
print(y_hat)
#> tensor([[-0.6014, -1.0122]], requires_grad=True)
y = torch.randn(1, 2)  # target (the post's `target`)
print(y)
#> tensor([[-0.3023, -1.2277]])
loss = loss_fn(y_hat, y)
print(loss)
#> tensor(0.0680, grad_fn=<MseLossBackward0>)

loss.backward()
print(y_hat.grad)  # d loss / d y_hat = 2 (y_hat - y) / N, with N = 2 elements
#> tensor([[-0.2991,  0.2155]])
print(2 * (y_hat.detach() - y) / y_hat.numel())
#> tensor([[-0.2991,  0.2155]])
