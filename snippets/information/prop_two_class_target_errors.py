# BCEWithLogitsLoss: one logit, float target. CrossEntropyLoss: two logits, int64 target.
import torch
import torch.nn as nn

z = torch.tensor([[0.0, 1.5], [0.0, -0.5], [0.0, 2.0]])  # two logits per sample, [0, z]
y = torch.tensor([1, 0, 1])  # class indices, int64
# The right pairings:
print(f"{nn.CrossEntropyLoss()(z, y):.4f} {nn.BCEWithLogitsLoss()(z[:, 1], y.float()):.4f}")
#> 0.2675 0.2675
for name, loss, logits, target in [
    ("BCE on two logits", nn.BCEWithLogitsLoss(), z, y.float()),
    ("BCE with int64 target", nn.BCEWithLogitsLoss(), z[:, 1], y),
    ("CE with float target", nn.CrossEntropyLoss(), z, y.float()),
]:
    try:
        loss(logits, target)
    except (RuntimeError, ValueError) as error:
        print(f"{name}: {type(error).__name__}: {error}")
        #> BCE on two logits: ValueError: Target size (torch.Size([3])) must be the same as input size (torch.Size([3, 2]))
        #> BCE with int64 target: RuntimeError: result type Float can't be cast to the desired output type Long
        #> CE with float target: RuntimeError: expected target dtype to be Long or Byte, but got Float
