# The defaults of Adadelta, NAdam and RAdam (and Adam, AdamW for the weight-decay flag), read from torch.
import inspect

import torch

print(torch.__version__.split("+")[0])
#> 2.13.0
for name in ["Adadelta", "NAdam", "RAdam", "Adam", "AdamW"]:
    parameters = inspect.signature(getattr(torch.optim, name)).parameters
    keys = ["lr", "rho", "betas", "eps", "weight_decay", "momentum_decay", "decoupled_weight_decay"]
    shown = [f"{key}={parameters[key].default}" for key in keys if key in parameters]
    print(f"{name:8} " + ", ".join(shown))
    #> Adadelta lr=1.0, rho=0.9, eps=1e-06, weight_decay=0
    #> NAdam    lr=0.002, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, momentum_decay=0.004, decoupled_weight_decay=False
    #> RAdam    lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, decoupled_weight_decay=False
    #> Adam     lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, decoupled_weight_decay=False
    #> AdamW    lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01
print("AdamW is a subclass of Adam:", issubclass(torch.optim.AdamW, torch.optim.Adam))
#> AdamW is a subclass of Adam: True
