# Two more errors that loss functions raise, with the message each one prints.
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3]], requires_grad=True)

try:  # class indices stored as floats
    F.cross_entropy(logits, torch.tensor([0.0, 2.0]))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: expected target dtype to be Long or Byte, but got Float

try:  # backward() on a per-sample loss: reduce it to a scalar first
    F.cross_entropy(logits, torch.tensor([0, 2]), reduction="none").backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: grad can be implicitly created only for scalar outputs
