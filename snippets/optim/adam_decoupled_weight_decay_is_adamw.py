# Adam(decoupled_weight_decay=True) is AdamW; both decay by lr * weight_decay, not by the paper's lambda.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, weight_decay, (beta1, beta2), eps = 0.1, 0.1, (0.9, 0.999), 1e-8


def run(make, steps=5):
    w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
    optimizer = make([w])
    for _ in range(steps):
        optimizer.zero_grad()
        (0.5 * w @ A @ w - b @ w).backward()  # the gradient at the undecayed w
        optimizer.step()  # then: decay w, then the Adam step
    return w.detach()


adamw = run(lambda p: torch.optim.AdamW(p, lr=lr, weight_decay=weight_decay))
flag = run(lambda p: torch.optim.Adam(p, lr=lr, weight_decay=weight_decay, decoupled_weight_decay=True))
print(f"AdamW                         {adamw[0]:+.8f} {adamw[1]:+.8f}")
#> AdamW                         +1.41644667 +1.41440458
print(f"Adam(decoupled_weight_decay)  {flag[0]:+.8f} {flag[1]:+.8f}   equal: {torch.equal(adamw, flag)}")
#> Adam(decoupled_weight_decay)  +1.41644667 +1.41440458   equal: True

# Loshchilov & Hutter, Alg. 2 (schedule multiplier 1): theta -= lr m_hat / (sqrt(v_hat) + eps) + lam theta
lam = lr * weight_decay  # the paper's lambda that matches: 0.01, not 0.1
theta, m, v = torch.tensor([2.0, 2.0], dtype=torch.float64), 0.0, 0.0
for t in range(1, 6):
    g = A @ theta - b
    m, v = beta1 * m + (1 - beta1) * g, beta2 * v + (1 - beta2) * g**2
    theta = theta - lr * (m / (1 - beta1**t)) / ((v / (1 - beta2**t)).sqrt() + eps) - lam * theta
close = torch.allclose(adamw, theta)
print(f"paper, lambda = {lam:.2f}          {theta[0]:+.8f} {theta[1]:+.8f}   close: {close}")
#> paper, lambda = 0.01          +1.41644667 +1.41440458   close: True
