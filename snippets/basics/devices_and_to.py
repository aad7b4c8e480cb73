# Every tensor has a device; .to() moves a tensor (or a model's parameters) and can change the dtype.
import torch
import torch.nn as nn

device = "cuda" if torch.cuda.is_available() else "cpu"  # the usual idiom; this site runs on the CPU
x = torch.arange(4.0)
print(x.device, x.dtype, tuple(x.shape))
#> cpu torch.float32 (4,)
print(x.to("cpu") is x, x.to(torch.float64).dtype)  # no copy when nothing changes; a dtype change copies
#> True torch.float64

torch.manual_seed(0)
model = nn.Linear(4, 2).to(device)  # a module's .to() moves its parameters in place
x = x.to(device)  # inputs must be on the parameters' device
print(model(x).device == model.weight.device)
#> True
