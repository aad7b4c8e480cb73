# A custom activation with a learnable parameter, and a custom loss that returns a scalar.
import torch
import torch.nn as nn


class Swish(nn.Module):
    """x * sigmoid(beta x), with beta learned (beta = 1 is SiLU)."""

    def __init__(self):
        super().__init__()
        self.beta = nn.Parameter(torch.tensor(1.0))

    def forward(self, x):
        return x * torch.sigmoid(self.beta * x)


class MeanSquaredLogError(nn.Module):
    def forward(self, prediction, target):
        return ((torch.log1p(prediction) - torch.log1p(target)) ** 2).mean()  # .mean(): a scalar


swish = Swish()
x = torch.tensor([-1.0, 0.0, 2.0])
print(torch.allclose(swish(x), nn.SiLU()(x)), [name for name, _ in swish.named_parameters()])
#> True ['beta']
prediction = torch.tensor([1.0, 2.0], requires_grad=True)
loss = MeanSquaredLogError()(prediction, torch.tensor([1.5, 2.0]))
loss.backward()  # works because the loss is a scalar
print(f"{loss.item():.4f}", loss.shape, prediction.grad)
#> 0.0249 torch.Size([]) tensor([-0.1116,  0.0000])
