# reduction='sum' multiplies the gradient by N: SGD with lr eta on the sum = SGD with lr eta * N on the mean.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
N, eta = 8, 0.01
x = torch.randn(N, 3, dtype=torch.float64)
y = x @ torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64) + 0.1 * torch.randn(N, dtype=torch.float64)


def train(reduction, lr, steps=5):
    """The parameters after each of `steps` SGD steps, one row per step."""
    torch.manual_seed(1)  # the same initial weights for every run
    model = torch.nn.Linear(3, 1).double()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    iterates = []
    for _ in range(steps):
        opt.zero_grad()
        F.mse_loss(model(x).squeeze(1), y, reduction=reduction).backward()
        opt.step()
        iterates.append(torch.cat([model.weight.detach().flatten(), model.bias.detach()]))
    return torch.stack(iterates)


summed, mean_scaled, mean_same = train("sum", eta), train("mean", eta * N), train("mean", eta)
print(f"'sum',  lr {eta}, after step 5: {summed[-1].numpy().round(6)}")
#> 'sum',  lr 0.01, after step 5: [ 0.930485 -1.093786  0.302927  0.590823]
print(f"'mean', lr {eta * N}, after step 5: {mean_scaled[-1].numpy().round(6)}")
#> 'mean', lr 0.08, after step 5: [ 0.930485 -1.093786  0.302927  0.590823]
print(f"largest difference over all 5 steps {(summed - mean_scaled).abs().max():.1e}; "
      f"allclose {torch.allclose(summed, mean_scaled)}")
#> largest difference over all 5 steps 0.0e+00; allclose True
print(f"'mean', lr {eta}, after step 5: {mean_same[-1].numpy().round(6)}  (N times smaller steps)")
#> 'mean', lr 0.01, after step 5: [ 0.405726 -0.410385 -0.034782  0.343959]  (N times smaller steps)
