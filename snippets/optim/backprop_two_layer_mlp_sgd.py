# A two-layer MLP trained by hand (forward and backward written out) and by autograd + torch.optim.SGD (float64).
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
N, d_in, hidden, C, lr = 8, 4, 5, 3, 0.5
X, y = torch.randn(N, d_in, dtype=torch.float64), torch.randint(0, C, (N,))
Y = F.one_hot(y, C).to(torch.float64)
model = nn.Sequential(nn.Linear(d_in, hidden), nn.Tanh(), nn.Linear(hidden, C)).to(torch.float64)
optimizer = torch.optim.SGD(model.parameters(), lr=lr)
mine = [p.detach().clone() for p in model.parameters()]  # W1, b1, W2, b2: our copy
for step in range(1, 7):
    optimizer.zero_grad()
    loss = F.cross_entropy(model(X), y)
    loss.backward()
    auto = [p.grad.clone() for p in model.parameters()]
    optimizer.step()
    W1, b1, W2, b2 = mine
    A1 = torch.tanh(X @ W1.T + b1)  # forward by hand
    Z2 = A1 @ W2.T + b2
    delta2 = (torch.softmax(Z2, dim=1) - Y) / N  # backward by hand
    delta1 = (delta2 @ W2) * (1 - A1**2)
    grads = [delta1.T @ X, delta1.sum(dim=0), delta2.T @ A1, delta2.sum(dim=0)]
    mine = [p - lr * g for p, g in zip(mine, grads)]  # the SGD step by hand
    grad_diff = max((g - a).abs().max().item() for g, a in zip(grads, auto))
    param_diff = max((p - q).abs().max().item() for p, q in zip(mine, model.parameters()))
    close = all(torch.allclose(p, q) for p, q in zip(mine + grads, list(model.parameters()) + auto))
    print(f"step {step}: loss {loss.item():.6f}; max abs diff < 1e-14: gradients {grad_diff < 1e-14}, "
          f"parameters {param_diff < 1e-14}; allclose {close}")  # the diffs are float64 rounding
    #> step 1: loss 0.923049; max abs diff < 1e-14: gradients True, parameters True; allclose True
    #> step 2: loss 0.777400; max abs diff < 1e-14: gradients True, parameters True; allclose True
    #> step 3: loss 0.684464; max abs diff < 1e-14: gradients True, parameters True; allclose True
    #> step 4: loss 0.612938; max abs diff < 1e-14: gradients True, parameters True; allclose True
    #> step 5: loss 0.552590; max abs diff < 1e-14: gradients True, parameters True; allclose True
    #> step 6: loss 0.500255; max abs diff < 1e-14: gradients True, parameters True; allclose True
