# Weight-gradient norm of every layer of a 30-layer MLP, by activation and init, measured in float64.
import torch
import torch.nn as nn

torch.manual_seed(0)
x, y = torch.randn(64, 64), torch.randn(64, 1)  # one batch: 64 examples, 64 features
setups = {"sigmoid, default init": (nn.Sigmoid, False), "tanh, default init": (nn.Tanh, False),
          "relu, default init": (nn.ReLU, False), "relu, Kaiming init": (nn.ReLU, True)}
norms, first_grads = {}, {}  # per setup: the 30 layers' norms (layer 1 first), layer 1's gradient
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
    grads = [model[2 * i].weight.grad for i in range(30)]  # layer 1 (input side) ... layer 30
    norms[name] = [g.double().norm().item() for g in grads]  # float64: squares of 1e-27 underflow in float32
    first_grads[name] = grads[0]
    print(f"{name:22} layer 30: {norms[name][-1]:.2e}  layer 1: {norms[name][0]:.2e}  "
          f"all layers: {min(norms[name]):.2e} to {max(norms[name]):.2e}")
    #> sigmoid, default init  layer 30: 2.59e-02  layer 1: 4.82e-26  all layers: 4.82e-26 to 2.59e-02
    #> tanh, default init     layer 30: 8.51e-02  layer 1: 7.29e-08  all layers: 7.02e-08 to 8.51e-02
    #> relu, default init     layer 30: 4.11e-02  layer 1: 1.11e-12  all layers: 1.09e-12 to 4.11e-02
    #> relu, Kaiming init     layer 30: 2.68e+00  layer 1: 5.86e-01  all layers: 5.86e-01 to 3.41e+00

g = first_grads["sigmoid, default init"]  # float32, as autograd computed it
print(f"sigmoid layer 1: {(g == 0).sum()} of {g.numel()} entries are 0, |g| from {g.abs().min():.1e} "
      f"to {g.abs().max():.2e}; norm() in float32 {g.norm():.2e}, in float64 {g.double().norm():.2e}")
#> sigmoid layer 1: 0 of 4096 entries are 0, |g| from 1.2e-31 to 4.47e-27; norm() in float32 0.00e+00, in float64 4.82e-26
