# log_softmax has no overflowing intermediate, but its result can still lie outside the dtype's range.
import torch
import torch.nn.functional as F

z16 = torch.tensor([6e4, -6e4], dtype=torch.float16)  # float16's largest finite value is 65504
print(int(torch.finfo(torch.float16).max), F.log_softmax(z16, dim=0))  # -120000 does not fit: -inf
#> 65504 tensor([0., -inf], dtype=torch.float16)
print(F.log_softmax(z16.float(), dim=0))  # the same logits in float32: finite
#> tensor([      0., -120000.])
print(F.log_softmax(torch.tensor([3e38, -3e38]), dim=0))  # float32 runs out near 3.4e38
#> tensor([0., -inf])
