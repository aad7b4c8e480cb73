# F.dropout defaults to training=True: inside forward() it keeps dropping after model.eval(); so do dropout2d/3d.
import inspect

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

# The same default in F.dropout2d and F.dropout3d (whole channels dropped); alpha_dropout defaults to False.
for f in (F.dropout, F.dropout2d, F.dropout3d, F.alpha_dropout):
    print(f"{f.__name__}: training={inspect.signature(f).parameters['training'].default}")
    #> dropout: training=True
    #> dropout2d: training=True
    #> dropout3d: training=True
    #> alpha_dropout: training=False
torch.manual_seed(0)
print(F.dropout2d(torch.ones(1, 4, 2, 2), p=0.5).amax(dim=(2, 3)))  # no training argument: channels dropped
#> tensor([[0., 0., 2., 0.]])
