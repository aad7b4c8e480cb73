# Gradient norm at the first layer of a 30-layer MLP, by activation and initialization.
import torch
import torch.nn as nn

torch.manual_seed(0)
x, y = torch.randn(64, 64), torch.randn(64, 1)
setups = {"sigmoid, default init": (nn.Sigmoid, False), "tanh, default init": (nn.Tanh, False),
          "relu, default init": (nn.ReLU, False), "relu, Kaiming init": (nn.ReLU, True)}
for name, (activation, kaiming) in setups.items():
    torch.manual_seed(1)  # the same starting weights for every setup
    layers = []
    for _ in range(30):
        linear = nn.Linear(64, 64)
        if kaiming:
            nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
            nn.init.zeros_(linear.bias)
        layers += [linear, activation()]
    model = nn.Sequential(*layers, nn.Linear(64, 1))
    nn.functional.mse_loss(model(x), y).backward()
    print(f"{name:22} first-layer gradient norm {model[0].weight.grad.norm():.2e}")
    #> sigmoid, default init  first-layer gradient norm 0.00e+00
    #> tanh, default init     first-layer gradient norm 7.29e-08
    #> relu, default init     first-layer gradient norm 1.11e-12
    #> relu, Kaiming init     first-layer gradient norm 5.86e-01
