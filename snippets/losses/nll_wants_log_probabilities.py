# NLLLoss picks -input[n, y_n]: it expects log-probabilities and class indices.
import torch
import torch.nn.functional as F

probabilities = torch.tensor([[0.7, 0.2, 0.1]])
y = torch.tensor([0])

print(f"{F.nll_loss(probabilities.log(), y):.4f}  <- log-probabilities: -log 0.7")
#> 0.3567  <- log-probabilities: -log 0.7
print(f"{F.nll_loss(probabilities, y):.4f}  <- probabilities: a negative 'loss', meaningless")
#> -0.7000  <- probabilities: a negative 'loss', meaningless

try:
    F.nll_loss(probabilities.log(), torch.tensor([[1.0, 0.0, 0.0]]))  # a one-hot target
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: 0D or 1D target tensor expected, multi-target not supported
