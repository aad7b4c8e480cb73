# The posts' CustomLoss returns y_pred - y_true: a tensor, not a scalar, so backward() refuses it.
import torch
import torch.nn as nn


class CustomLoss(nn.Module):  # as in the posts (re-indented)
    def forward(self, y_pred, y_true):
        return y_pred - y_true


y_pred = torch.tensor([2.0, 0.5, 1.0], requires_grad=True)
y_true = torch.tensor([1.0, 1.0, 1.0])
loss = CustomLoss()(y_pred, y_true)
print(loss.shape)  # one value per sample
#> torch.Size([3])
try:
    loss.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: grad can be implicitly created only for scalar outputs

loss = ((y_pred - y_true) ** 2).mean()  # reduce to a scalar (here: the MSE)
loss.backward()
print(f"{loss.item():.4f}", loss.shape, y_pred.grad)
#> 0.4167 torch.Size([]) tensor([ 0.6667, -0.3333,  0.0000])
