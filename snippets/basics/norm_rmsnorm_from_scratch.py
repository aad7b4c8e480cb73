# RMSNorm(D): x / sqrt(mean(x^2) + eps) * gamma. No mean subtracted, no beta; eps=None means finfo(dtype).eps.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(3, 8, dtype=torch.float64) * torch.tensor([[1.0], [1.0], [1e-8]], dtype=torch.float64)
x[1] += 3.0  # row 1 has a large mean; row 2 is so small that eps matters
rms = nn.RMSNorm(8, dtype=torch.float64)
with torch.no_grad():
    rms.weight.uniform_(0.5, 1.5)  # gamma: one per element of the last axis; there is no bias
print(rms.eps, torch.finfo(torch.float64).eps, [name for name, _ in rms.named_parameters()])
#> None 2.220446049250313e-16 ['weight']


def rms_norm(x, eps, subtract_mean=False):
    if subtract_mean:
        x = x - x.mean(-1, keepdim=True)
    return x / torch.sqrt(x.pow(2).mean(-1, keepdim=True) + eps) * rms.weight


builtin = rms(x).detach()
print(builtin[2, :3], rms_norm(x, torch.finfo(torch.float64).eps)[2, :3].detach())
#> tensor([0.2974, 0.3235, 0.1099], dtype=torch.float64) tensor([0.2974, 0.3235, 0.1099], dtype=torch.float64)
for name, ours in {"eps = finfo(float64).eps": rms_norm(x, torch.finfo(torch.float64).eps),
                   "eps = finfo(float32).eps": rms_norm(x, torch.finfo(torch.float32).eps),
                   "eps = 0": rms_norm(x, 0.0),
                   "mean subtracted": rms_norm(x, torch.finfo(torch.float64).eps, subtract_mean=True)}.items():
    print(f"{name:24} matches nn.RMSNorm, rows 0/1/2: {[torch.allclose(o, b) for o, b in zip(ours, builtin)]}")
    #> eps = finfo(float64).eps matches nn.RMSNorm, rows 0/1/2: [True, True, True]
    #> eps = finfo(float32).eps matches nn.RMSNorm, rows 0/1/2: [True, True, False]
    #> eps = 0                  matches nn.RMSNorm, rows 0/1/2: [True, True, False]
    #> mean subtracted          matches nn.RMSNorm, rows 0/1/2: [False, False, False]
x32 = x.float()  # a float32 input takes float32's eps
by_hand = x32 / torch.sqrt(x32.pow(2).mean(-1, keepdim=True) + torch.finfo(torch.float32).eps)
print("float32:", torch.allclose(nn.RMSNorm(8)(x32), by_hand))
#> float32: True
