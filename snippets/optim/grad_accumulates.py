# .grad accumulates: a second backward() adds to it. That is why training loops call zero_grad().
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
for call in range(1, 4):
    loss = (w**2).sum()  # gradient 2w = [2, 4]
    loss.backward()
    print(f"after backward #{call}: w.grad = {w.grad}")
    #> after backward #1: w.grad = tensor([2., 4.])
    #> after backward #2: w.grad = tensor([4., 8.])
    #> after backward #3: w.grad = tensor([ 6., 12.])

w.grad = None  # what optimizer.zero_grad() does (set_to_none=True is the default)
(w**2).sum().backward()
print(f"after zeroing:        w.grad = {w.grad}")
#> after zeroing:        w.grad = tensor([2., 4.])
