# PyTorch's BatchNorm momentum weights the NEW batch; Keras's momentum weights the OLD average.
import torch
import torch.nn as nn

torch.manual_seed(0)
batches = [torch.randn(32, 1) * 2 + 5 for _ in range(3)]  # mean 5
keras_momentum = 0.99  # Keras: moving = moving * momentum + batch * (1 - momentum)
converted = nn.BatchNorm1d(1, momentum=1 - keras_momentum)  # PyTorch: kappa = 1 - Keras's momentum
copied = nn.BatchNorm1d(1, momentum=keras_momentum)  # Keras's number passed to PyTorch unchanged
moving_mean = torch.zeros(1)  # both libraries start the moving mean at 0
for batch in batches:
    converted(batch), copied(batch)
    moving_mean = moving_mean * keras_momentum + batch.mean(dim=0) * (1 - keras_momentum)
print(f"Keras by hand {moving_mean.item():.4f}, momentum=0.01 {converted.running_mean.item():.4f}, "
      f"momentum=0.99 {copied.running_mean.item():.4f}, last batch mean {batches[-1].mean():.4f}")
#> Keras by hand 0.1532, momentum=0.01 0.1532, momentum=0.99 5.1100, last batch mean 5.1075
