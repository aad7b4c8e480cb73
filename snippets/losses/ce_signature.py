# The full, current signature of CrossEntropyLoss.
import inspect

import torch.nn as nn

print(inspect.signature(nn.CrossEntropyLoss))
#> (weight: torch.Tensor | None = None, size_average=None, ignore_index: int = -100, reduce=None, reduction: str = 'mean', label_smoothing: float = 0.0) -> None
