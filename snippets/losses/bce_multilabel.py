# Multi-label: each image may contain several of C classes at once, so each class is its own yes/no.
import torch
import torch.nn as nn

torch.manual_seed(0)
N, C = 3, 4  # 3 images, 4 possible labels (say cat, dog, bird, fish)
logits = torch.randn(N, C)  # one logit per (image, label): shape (N, C)
targets = torch.tensor([[1.0, 1.0, 0.0, 0.0],  # cat and dog
                        [0.0, 0.0, 1.0, 0.0],  # bird only
                        [1.0, 0.0, 1.0, 1.0]])  # cat, bird and fish

loss = nn.BCEWithLogitsLoss()(logits, targets)  # averaged over all N * C elements
print(f"loss {loss:.4f}")
#> loss 0.6383
predicted = (logits > 0).float()  # logit > 0 is probability > 0.5
print(predicted)
#> tensor([[1., 0., 0., 1.],
#>         [0., 0., 1., 1.],
#>         [0., 0., 0., 1.]])
