# Training the exploding recurrence with SGD (lr 0.03), without and with clip_grad_norm_(max_norm=1.0).
import torch

d, T, N = 8, 20, 32
torch.manual_seed(0)
Q, _ = torch.linalg.qr(torch.randn(d, d, dtype=torch.float64))
W0, U0, v0 = 1.2 * Q, torch.randn(d, d, dtype=torch.float64) / d**0.5, torch.randn(d, 1, dtype=torch.float64) / d**0.5
X = torch.randn(N, T, d, dtype=torch.float64)
y = X[:, -3:, 0].sum(dim=1, keepdim=True)  # as in clip_exploding_recurrence.py

losses, norms = {}, []  # norms: the clipped run's gradient norm before clipping
for max_norm in [None, 1.0]:
    params = [p.clone().requires_grad_() for p in (W0, U0, v0)]  # the same start for both runs
    W, U, v = params
    optimizer = torch.optim.SGD(params, lr=0.03)
    losses[max_norm] = []
    for step in range(40):
        optimizer.zero_grad()
        h = torch.zeros(N, d, dtype=torch.float64)
        for t in range(T):
            h = h @ W.T + X[:, t] @ U.T
        loss = ((h @ v - y) ** 2).mean()
        loss.backward()
        if max_norm is not None:
            norms.append(torch.nn.utils.clip_grad_norm_(params, max_norm).item())  # after backward(), before step()
        optimizer.step()
        losses[max_norm].append(loss.item())
for step in [1, 2, 3, 4, 5, 10, 20, 30, 40]:
    print(f"step {step:2}: loss without clipping {losses[None][step - 1]:9.4g}, with {losses[1.0][step - 1]:9.4g} "
          f"(gradient norm {norms[step - 1]:.4g})")
    #> step  1: loss without clipping      2481, with      2481 (gradient norm 2.883e+04)
    #> step  2: loss without clipping 1.844e+108, with      1756 (gradient norm 2.011e+04)
    #> step  3: loss without clipping       nan, with      1247 (gradient norm 1.418e+04)
    #> step  4: loss without clipping       nan, with     887.4 (gradient norm 1.005e+04)
    #> step  5: loss without clipping       nan, with     632.1 (gradient norm 7141)
    #> step 10: loss without clipping       nan, with     117.1 (gradient norm 1306)
    #> step 20: loss without clipping       nan, with     7.331 (gradient norm 43.81)
    #> step 30: loss without clipping       nan, with     2.829 (gradient norm 4.366)
    #> step 40: loss without clipping       nan, with     1.818 (gradient norm 2.72)
