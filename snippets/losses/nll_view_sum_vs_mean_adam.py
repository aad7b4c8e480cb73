# Adam divides each step by a running gradient scale, so 'sum' and 'mean' give almost the same steps at one lr.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
N = 8
x = torch.randn(N, 3, dtype=torch.float64)
y = x @ torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64) + 0.1 * torch.randn(N, dtype=torch.float64)


def train(optimizer, reduction, lr, steps=5):
    torch.manual_seed(1)  # the same initial weights for every run
    model = torch.nn.Linear(3, 1).double()
    opt = optimizer(model.parameters(), lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        F.mse_loss(model(x).squeeze(1), y, reduction=reduction).backward()
        opt.step()
    return torch.cat([model.weight.detach().flatten(), model.bias.detach()])


for optimizer in [torch.optim.SGD, torch.optim.Adam]:
    gap = (train(optimizer, "sum", 0.01) - train(optimizer, "mean", 0.01)).abs().max()
    print(f"{optimizer.__name__:4}, lr 0.01, 'sum' vs 'mean': largest weight difference {gap:.1e}")
    #> SGD , lr 0.01, 'sum' vs 'mean': largest weight difference 6.8e-01
    #> Adam, lr 0.01, 'sum' vs 'mean': largest weight difference 2.8e-10
