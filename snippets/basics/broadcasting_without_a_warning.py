# A hand-written loss broadcasts (N, 1) against (N,) too, and nothing warns: check shapes yourself.
import warnings

import torch

prediction = torch.tensor([[0.0], [1.0], [2.0]])  # (3, 1), as a model with one output returns
target = torch.tensor([0.0, 1.0, 2.0])  # (3,)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = ((prediction - target) ** 2).mean()  # (3, 1) - (3,) is (3, 3): 9 "errors"
print(f"loss {wrong:.4f} from {(prediction - target).numel()} differences, warnings: {len(caught)}")
#> loss 1.3333 from 9 differences, warnings: 0

assert prediction.squeeze(1).shape == target.shape  # the fix, and a cheap guard
right = ((prediction.squeeze(1) - target) ** 2).mean()
print(f"loss {right:.4f} from {(prediction.squeeze(1) - target).numel()} differences")
#> loss 0.0000 from 3 differences
