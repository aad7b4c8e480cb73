# Steps, and examples processed, until the loss is within 0.1% of its minimum: mini-batches need more steps.
import torch

torch.manual_seed(0)
N = 1024
X = torch.randn(N, 5, dtype=torch.float64)
y = X @ torch.tensor([1.0, -2.0, 0.5, 3.0, -1.0], dtype=torch.float64) + torch.randn(N, dtype=torch.float64)
w_best = torch.linalg.lstsq(X, y.unsqueeze(1)).solution.squeeze(1)
lowest = ((X @ w_best - y) ** 2).mean()  # the lowest mean squared error any w can reach
H = X.T @ X / N  # loss(w) = lowest + (w - w_best)^T H (w - w_best): a cheap way to evaluate it


def steps_to_target(batch_size, lr=0.01):
    w, steps = torch.zeros(5, dtype=torch.float64), 0
    while (w - w_best) @ H @ (w - w_best) > 0.001 * lowest:
        rows = torch.randint(0, N, (batch_size,)) if batch_size < N else torch.arange(N)
        w -= lr * 2 * X[rows].T @ (X[rows] @ w - y[rows]) / batch_size  # gradient of the batch's MSE
        steps += 1
    return steps


for batch_size in [N, 32, 8]:
    steps = steps_to_target(batch_size)
    print(f"batch {batch_size:4}: {steps:5} steps, {steps * batch_size:6} examples processed")
    #> batch 1024:   241 steps, 246784 examples processed
    #> batch   32:   269 steps,   8608 examples processed
    #> batch    8:   606 steps,   4848 examples processed
