# How much each layer's output varies with the input, 30 layers, by initialization and activation.
import torch
import torch.nn as nn

inits = {"default": (None, 1 / 3), "Xavier": (nn.init.xavier_normal_, 1.0),  # (init, d_in Var(W))
         "Kaiming": (lambda w, name: nn.init.kaiming_normal_(w, nonlinearity=name), None)}
stds, outputs = {}, {}  # (activation, init) -> the std of each of the 30 layers' outputs; the last output
for name, activation, keep in [("tanh", nn.Tanh, 1), ("relu", nn.ReLU, 1 / 2)]:  # keep: E[h^2] / Var(z) near 0
    for init, (fill, scale) in inits.items():
        torch.manual_seed(0)
        h = torch.randn(64, 64).double()  # the batch of vanishing_gradients.py
        torch.manual_seed(1)
        stds[name, init] = []
        for _ in range(30):
            linear = nn.Linear(64, 64).double()
            if init != "default":
                fill(linear.weight, name) if init == "Kaiming" else fill(linear.weight)
                nn.init.zeros_(linear.bias)
            h = activation()(linear(h))
            stds[name, init].append(h.std(dim=0).pow(2).mean().sqrt().item())  # over the batch, RMS over units
        outputs[name, init] = h
        s, scale = stds[name, init], scale or nn.init.calculate_gain(name) ** 2
        print(f"{name} {init:8} layer 1 {s[0]:.2e}  layer 10 {s[9]:.2e}  layer 30 {s[29]:.2e}  "
              f"per layer {(s[29] / s[0]) ** (1 / 29):.3f}, small-signal prediction {(scale * keep) ** 0.5:.3f}")
        #> tanh default  layer 1 4.55e-01  layer 10 2.67e-03  layer 30 3.54e-08  per layer 0.569, small-signal prediction 0.577
        #> tanh Xavier   layer 1 6.18e-01  layer 10 2.30e-01  layer 30 1.22e-01  per layer 0.946, small-signal prediction 1.000
        #> tanh Kaiming  layer 1 7.52e-01  layer 10 6.54e-01  layer 30 6.39e-01  per layer 0.994, small-signal prediction 1.667
        #> relu default  layer 1 3.42e-01  layer 10 6.84e-05  layer 30 5.37e-13  per layer 0.392, small-signal prediction 0.408
        #> relu Xavier   layer 1 5.56e-01  layer 10 1.74e-02  layer 30 7.12e-06  per layer 0.678, small-signal prediction 0.707
        #> relu Kaiming  layer 1 7.86e-01  layer 10 5.55e-01  layer 30 2.33e-01  per layer 0.959, small-signal prediction 1.000
h, s = outputs["relu", "default"], stds["relu", "default"]
print(f"relu default, layer 30: std of all outputs {h.std():.4f}, of what depends on the input {s[29]:.2e}")
#> relu default, layer 30: std of all outputs 0.0394, of what depends on the input 5.37e-13
