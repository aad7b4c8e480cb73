# BCELoss and BCEWithLogitsLoss reject the same two mistakes with different messages.
import torch
import torch.nn as nn

probabilities = torch.tensor([[0.2], [0.7]])  # shape (N, 1), as nn.Linear(d, 1) + sigmoid returns
logits = torch.tensor([[-1.4], [0.8]])
for loss in [nn.BCELoss(), nn.BCEWithLogitsLoss()]:
    x = probabilities if isinstance(loss, nn.BCELoss) else logits
    for mistake, target in [("int64 targets", torch.tensor([[1], [0]])), ("(N,) target", torch.tensor([1.0, 0.0]))]:
        try:
            loss(x, target)
        except (RuntimeError, ValueError) as error:
            print(f"{type(loss).__name__}, {mistake}: {type(error).__name__}: {error}")
            #> BCELoss, int64 targets: RuntimeError: Found dtype Long but expected Float
            #> BCELoss, (N,) target: ValueError: Using a target size (torch.Size([2])) that is different to the input size (torch.Size([2, 1])) is deprecated. Please ensure they have the same size.
            #> BCEWithLogitsLoss, int64 targets: RuntimeError: result type Float can't be cast to the desired output type Long
            #> BCEWithLogitsLoss, (N,) target: ValueError: Target size (torch.Size([2])) must be the same as input size (torch.Size([2, 1]))
