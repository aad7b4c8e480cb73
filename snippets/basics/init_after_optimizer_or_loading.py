# Re-initialize in place: the optimizer keeps working. Replace the Parameter: it does not. After loading: don't.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(8, 4)


def step_moves_weight():
    before = model.weight.detach().clone()
    optimizer.zero_grad()
    model(x).sum().backward()
    optimizer.step()
    return not torch.equal(model.weight, before)


nn.init.kaiming_normal_(model.weight)  # in place: the same tensor the optimizer holds
print("in place:", optimizer.param_groups[0]["params"][0] is model.weight, step_moves_weight())
#> in place: True True
model.weight = nn.Parameter(torch.randn(2, 4))  # a new tensor: the optimizer still holds the old one
print("new Parameter:", optimizer.param_groups[0]["params"][0] is model.weight, step_moves_weight())
#> new Parameter: False False

checkpoint = {k: v.clone() for k, v in model.state_dict().items()}  # stands for torch.load(...)
model.load_state_dict(checkpoint)
nn.init.kaiming_normal_(model.weight)  # an init call after loading overwrites the loaded weights
print("after loading, weights still the checkpoint's:", torch.equal(model.weight, checkpoint["weight"]))
#> after loading, weights still the checkpoint's: False
