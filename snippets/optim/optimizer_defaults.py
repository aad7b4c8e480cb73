# The default hyper-parameters of torch.optim, read from the installed version.
import inspect

import torch

for name in ["SGD", "Adagrad", "RMSprop", "Adam", "AdamW", "Adamax"]:
    parameters = inspect.signature(getattr(torch.optim, name)).parameters
    keys = ["lr", "eps", "alpha", "betas", "weight_decay", "momentum", "dampening", "lr_decay",
            "initial_accumulator_value"]
    shown = [f"{key}={parameters[key].default}" for key in keys if key in parameters]
    print(f"{name:8} " + ", ".join(shown))
    #> SGD      lr=0.001, weight_decay=0, momentum=0, dampening=0
    #> Adagrad  lr=0.01, eps=1e-10, weight_decay=0, lr_decay=0, initial_accumulator_value=0
    #> RMSprop  lr=0.01, eps=1e-08, alpha=0.99, weight_decay=0, momentum=0
    #> Adam     lr=0.001, eps=1e-08, betas=(0.9, 0.999), weight_decay=0
    #> AdamW    lr=0.001, eps=1e-08, betas=(0.9, 0.999), weight_decay=0.01
    #> Adamax   lr=0.002, eps=1e-08, betas=(0.9, 0.999), weight_decay=0
