# A softmax before CrossEntropyLoss applies softmax twice: the loss cannot approach 0, the gradient fades.
import math

import torch
import torch.nn.functional as F

y = torch.tensor([0])
for scale in [2.0, 5.0, 20.0]:
    z = (scale * torch.tensor([[1.0, 0.0, 0.0]])).requires_grad_(True)  # more and more confident, and right
    right = F.cross_entropy(z, y)
    twice = F.cross_entropy(F.softmax(z, dim=1), y)
    (grad_twice,) = torch.autograd.grad(twice, z)
    print(f"z0 = {scale:5}: on logits {right.item():.4f}   on softmax(z) {twice.item():.4f}"
          f"   grad of the latter {grad_twice[0, 0].item():.2e}")
    #> z0 =   2.0: on logits 0.2395   on softmax(z) 0.6995   grad of the latter -1.27e-01
    #> z0 =   5.0: on logits 0.0134   on softmax(z) 0.5599   grad of the latter -8.44e-03
    #> z0 =  20.0: on logits 0.0000   on softmax(z) 0.5514   grad of the latter 0.00e+00

# With C = 3 classes, the double softmax's best possible loss is log(1 + 2 / e):
print(f"{math.log(1 + 2 / math.e):.4f}")
#> 0.5514
