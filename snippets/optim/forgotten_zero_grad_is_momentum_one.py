# Forgetting zero_grad() sums all past gradients into .grad: that is SGD with momentum 1, not a growing lr.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)


def run(momentum, zero_grad, steps=5):
    w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1, momentum=momentum)
    for _ in range(steps):
        if zero_grad:
            optimizer.zero_grad()
        (0.5 * w @ A @ w - b @ w).backward()  # without zero_grad(), .grad = g_1 + ... + g_t
        optimizer.step()
    return w.detach()


forgot = run(momentum=0.0, zero_grad=False)
momentum_one = run(momentum=1.0, zero_grad=True)  # b_t = b_{t-1} + g_t: every past gradient, undecayed
print(f"no zero_grad(), momentum 0:  {forgot[0]:+.6f} {forgot[1]:+.6f}")
#> no zero_grad(), momentum 0:  -1.605114 -1.983608
print(f"zero_grad(),    momentum 1:  {momentum_one[0]:+.6f} {momentum_one[1]:+.6f}")
#> zero_grad(),    momentum 1:  -1.605114 -1.983608
print(torch.equal(forgot, momentum_one))
#> True
print(f"the minimum A^-1 b:          {torch.linalg.solve(A, b)[0]:+.6f} {torch.linalg.solve(A, b)[1]:+.6f}")
#> the minimum A^-1 b:          +0.545455 -1.272727
