# F.dropout defaults to training=True: inside forward() it keeps dropping after model.eval().
import torch
import torch.nn as nn
import torch.nn.functional as F


class Wrong(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5)  # training=True by default, whatever the module's mode


class Right(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5, training=self.training)  # or use an nn.Dropout layer


torch.manual_seed(0)
x = torch.ones(8)
print(Wrong().eval()(x))
#> tensor([0., 0., 2., 0., 0., 0., 2., 2.])
print(Right().eval()(x))
#> tensor([1., 1., 1., 1., 1., 1., 1., 1.])
