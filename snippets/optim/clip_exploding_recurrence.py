# A linear recurrence h_t = W h_{t-1} + U x_t with W = 1.2 Q, Q orthogonal: each step back multiplies the gradient by 1.2.
import torch

torch.manual_seed(0)
d, T, N = 8, 20, 32  # state size, time steps, batch size
Q, _ = torch.linalg.qr(torch.randn(d, d, dtype=torch.float64))  # orthogonal: keeps every norm
W = (1.2 * Q).requires_grad_()  # every singular value, and the spectral radius, is 1.2
U = (torch.randn(d, d, dtype=torch.float64) / d**0.5).requires_grad_()
v = (torch.randn(d, 1, dtype=torch.float64) / d**0.5).requires_grad_()
X = torch.randn(N, T, d, dtype=torch.float64)
y = X[:, -3:, 0].sum(dim=1, keepdim=True)  # the target: a sum over the last three inputs

h, states = torch.zeros(N, d, dtype=torch.float64), []
for t in range(T):
    h = h @ W.T + X[:, t] @ U.T  # the same W at every step, as in an RNN
    h.retain_grad()
    states.append(h)
((h @ v - y) ** 2).mean().backward()  # the loss reads the last state only
norms = [s.grad.norm().item() for s in states]  # norms[t - 1] = ||dL/dh_t||
print(" ".join(f"t={t}: {norms[t - 1]:.4g}" for t in [20, 15, 10, 5, 1]))
#> t=20: 13.81 t=15: 34.37 t=10: 85.52 t=5: 212.8 t=1: 441.3
print(f"||dL/dh_(t-1)|| / ||dL/dh_t||, largest and smallest: "
      f"{max(a / b for a, b in zip(norms, norms[1:])):.6f} {min(a / b for a, b in zip(norms, norms[1:])):.6f}")
#> ||dL/dh_(t-1)|| / ||dL/dh_t||, largest and smallest: 1.200000 1.200000
print(f"gradient norms: W {W.grad.norm():.4g}, U {U.grad.norm():.4g}, v {v.grad.norm():.4g}")
#> gradient norms: W 2.793e+04, U 2980, v 6506
