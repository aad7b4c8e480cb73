# zero_grad(set_to_none=True), the default: a parameter whose .grad is None is skipped by step().
import torch

for momentum, weight_decay in [(0.9, 0.0), (0.0, 0.1)]:
    for set_to_none in [True, False]:
        a = torch.tensor([1.0], dtype=torch.float64, requires_grad=True)
        b = torch.tensor([1.0], dtype=torch.float64, requires_grad=True)
        optimizer = torch.optim.SGD([a, b], lr=0.1, momentum=momentum, weight_decay=weight_decay)
        optimizer.zero_grad(set_to_none=set_to_none)
        ((a - 2) ** 2 + (b - 2) ** 2).sum().backward()  # step 1 uses both parameters
        optimizer.step()
        before = b.item()
        optimizer.zero_grad(set_to_none=set_to_none)
        ((a - 2) ** 2).sum().backward()  # step 2 does not use b: its .grad stays None, or zeros
        optimizer.step()
        grad = "None" if b.grad is None else "zeros"
        print(f"momentum {momentum}, weight_decay {weight_decay}, set_to_none={set_to_none!s:5}: "
              f"b.grad is {grad}, b moved by {b.item() - before:+.4g} in step 2")
        #> momentum 0.9, weight_decay 0.0, set_to_none=True : b.grad is None, b moved by +0 in step 2
        #> momentum 0.9, weight_decay 0.0, set_to_none=False: b.grad is zeros, b moved by +0.18 in step 2
        #> momentum 0.0, weight_decay 0.1, set_to_none=True : b.grad is None, b moved by +0 in step 2
        #> momentum 0.0, weight_decay 0.1, set_to_none=False: b.grad is zeros, b moved by -0.0119 in step 2
