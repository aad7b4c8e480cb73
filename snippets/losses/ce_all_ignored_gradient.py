# Every target ignored: the loss is nan, but the gradient is exactly 0. Zero class weights: nan everywhere.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
model = nn.Linear(4, 3)  # 15 parameters
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(2, 4)


def one_step(targets, weight=None):
    optimizer.zero_grad()
    loss = F.cross_entropy(model(x), targets, weight=weight)
    loss.backward()
    nonzero = sum(int(p.grad.count_nonzero()) for p in model.parameters())
    nan = sum(int(p.grad.isnan().sum()) for p in model.parameters())
    optimizer.step()
    finite = all(bool(p.isfinite().all()) for p in model.parameters())
    return f"loss {loss.item()}  nonzero grads {nonzero} of 15  nan grads {nan}  parameters finite: {finite}"


print(one_step(torch.tensor([-100, -100])))  # every target is ignore_index
#> loss nan  nonzero grads 0 of 15  nan grads 0  parameters finite: True
print(one_step(torch.tensor([0, 0]), weight=torch.tensor([0.0, 1.0, 1.0])))  # the targets' weights sum to 0
#> loss nan  nonzero grads 15 of 15  nan grads 15  parameters finite: False
