# The CrossEntropyLoss example from the source posts, with the output they leave out.
import torch
import torch.nn as nn

torch.manual_seed(10)

loss = nn.CrossEntropyLoss()
input = torch.randn(3, 5, requires_grad=True)  # logits: 3 samples, 5 classes
target = torch.empty(3, dtype=torch.long).random_(5)  # class indices in [0, 4]
output = loss(input, target)
output.backward()

print(target)
#> tensor([4, 0, 3])
print(output)  # CrossEntropyLoss is log_softmax followed by nll_loss: hence NllLossBackward0
#> tensor(1.4795, grad_fn=<NllLossBackward0>)
print(input.grad.shape)
#> torch.Size([3, 5])
