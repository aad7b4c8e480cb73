# There is no nn.Cross_Entropy; nn.CrossEntropyLoss is log_softmax (natural log) then nll_loss.
import torch
import torch.nn as nn
import torch.nn.functional as F

try:
    nn.Cross_Entropy()  # the name one source post uses
except AttributeError as error:
    print(f"AttributeError: {error}")
    #> AttributeError: module 'torch.nn' has no attribute 'Cross_Entropy'

z = torch.tensor([[2.0, 1.0, 0.1]])
y = torch.tensor([0])
natural = F.nll_loss(F.log_softmax(z, dim=1), y)
base_2 = F.nll_loss(torch.log2(F.softmax(z, dim=1)), y)  # the post's "softmax, log2, nll_loss"
print(f"CrossEntropyLoss {nn.CrossEntropyLoss()(z, y):.4f}  log_softmax + nll_loss {natural:.4f}  with log2 {base_2:.4f}")
#> CrossEntropyLoss 0.4170  log_softmax + nll_loss 0.4170  with log2 0.6016
