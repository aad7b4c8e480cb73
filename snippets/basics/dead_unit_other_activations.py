# The dead unit of dead_relu.py (bias -10) under other activations: which ones still pass it a gradient?
import torch
import torch.nn as nn
import torch.nn.functional as F

activations = {"relu": F.relu, "gelu": F.gelu, "silu": F.silu, "elu": F.elu, "leaky_relu": F.leaky_relu,
               "prelu": lambda v: F.prelu(v, torch.tensor([0.25], dtype=v.dtype))}  # PReLU's initial slope
for name, f in activations.items():
    z = torch.tensor([-10.0], dtype=torch.float64, requires_grad=True)
    f(z).sum().backward()  # the derivative at x = -10, in float64
    torch.manual_seed(0)  # the same layer and inputs as dead_relu.py (float32)
    layer = nn.Linear(4, 3)
    with torch.no_grad():
        layer.bias[2] = -10.0
    x = torch.randn(64, 4)
    f(layer(x)).sum().backward()
    unit2, unit0 = layer.weight.grad.abs().sum(dim=1)[[2, 0]]
    print(f"{name:10} f'(-10) {z.grad.item():8.1e}   weight-gradient sum: unit 2 {unit2:.1e}, unit 0 {unit0:.1e}")
    #> relu       f'(-10)  0.0e+00   weight-gradient sum: unit 2 0.0e+00, unit 0 2.7e+01
    #> gelu       f'(-10) -7.7e-22   weight-gradient sum: unit 2 0.0e+00, unit 0 2.7e+01
    #> silu       f'(-10) -4.1e-04   weight-gradient sum: unit 2 8.6e-03, unit 0 1.9e+01
    #> elu        f'(-10)  4.5e-05   weight-gradient sum: unit 2 1.0e-03, unit 0 1.8e+01
    #> leaky_relu f'(-10)  1.0e-02   weight-gradient sum: unit 2 2.1e-01, unit 0 2.6e+01
    #> prelu      f'(-10)  2.5e-01   weight-gradient sum: unit 2 5.3e+00, unit 0 1.6e+01
