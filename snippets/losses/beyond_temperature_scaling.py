# Temperature scaling (Guo et al. 2017): fit one T on held-out logits; ECE drops, predictions do not change.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
world = 2.0 * torch.randn(8000, 10, dtype=torch.float64)  # the true logits: 8000 samples, 10 classes
u = torch.rand(8000, 1, dtype=torch.float64)
y = (F.softmax(world, dim=1).cumsum(dim=1) < u).sum(dim=1).clamp(max=9)  # labels drawn from the truth
z = 2.5 * world  # an over-confident model: the right ranking, logits 2.5 times too large
z_val, y_val, z_test, y_test = z[:4000], y[:4000], z[4000:], y[4000:]


def ece(z, y, bins=15):
    """sum over bins (lo, hi] of |bin| / N * |accuracy - mean confidence|, as in beyond_ece_from_scratch.py."""
    conf, pred = F.softmax(z, dim=1).max(dim=1)
    edges = torch.linspace(0, 1, bins + 1, dtype=torch.float64)
    in_bins = [b for lo, hi in zip(edges[:-1], edges[1:]) if (b := (conf > lo) & (conf <= hi)).any()]
    return sum(b.double().mean() * ((pred[b] == y[b]).double().mean() - conf[b].mean()).abs() for b in in_bins)


log_t = torch.zeros(1, dtype=torch.float64, requires_grad=True)  # T = exp(log_t) stays positive
opt = torch.optim.LBFGS([log_t], max_iter=50, line_search_fn="strong_wolfe")


def closure():
    opt.zero_grad()
    loss = F.cross_entropy(z_val / log_t.exp(), y_val)  # the NLL on the held-out half
    loss.backward()
    return loss


opt.step(closure)
T = log_t.exp().item()
grid = torch.arange(1.0, 4.0, 0.01, dtype=torch.float64)  # a 1-D search as a check
best = grid[torch.stack([F.cross_entropy(z_val / t, y_val) for t in grid]).argmin()]
print(f"T by LBFGS {T:.3f}; by grid search, step 0.01: {best:.2f}")
#> T by LBFGS 2.507; by grid search, step 0.01: 2.51
for name, t in [("before", 1.0), ("after ", T)]:
    print(f"{name}: test NLL {F.cross_entropy(z_test / t, y_test):.4f}  ECE {ece(z_test / t, y_test):.4f}"
          f"  accuracy {((z_test / t).argmax(dim=1) == y_test).double().mean():.4f}")
    #> before: test NLL 1.9019  ECE 0.2633  accuracy 0.5190
    #> after : test NLL 1.3546  ECE 0.0157  accuracy 0.5190
print(f"same predicted class for every test sample: {torch.equal(z_test.argmax(dim=1), (z_test / T).argmax(dim=1))}")
#> same predicted class for every test sample: True
