# Steps, and examples processed, until the loss is within 0.1% of its minimum, for 8 seeds of the batch draws.
import torch

torch.manual_seed(0)  # the data set, the same for every run
N = 1024
X = torch.randn(N, 5, dtype=torch.float64)
y = X @ torch.tensor([1.0, -2.0, 0.5, 3.0, -1.0], dtype=torch.float64) + torch.randn(N, dtype=torch.float64)
w_best = torch.linalg.lstsq(X, y.unsqueeze(1)).solution.squeeze(1)
lowest = ((X @ w_best - y) ** 2).mean()  # the lowest mean squared error any w can reach
H = X.T @ X / N  # loss(w) = lowest + (w - w_best)^T H (w - w_best): a cheap way to evaluate it


def steps_to_target(batch_size, seed, lr=0.01):
    torch.manual_seed(seed)  # the batch draws
    w, steps = torch.zeros(5, dtype=torch.float64), 0
    while (w - w_best) @ H @ (w - w_best) > 0.001 * lowest:
        # each step draws batch_size rows uniformly WITH replacement (no epochs, no shuffling)
        rows = torch.randint(0, N, (batch_size,)) if batch_size < N else torch.arange(N)
        w -= lr * 2 * X[rows].T @ (X[rows] @ w - y[rows]) / batch_size  # gradient of the batch's MSE
        steps += 1
    return steps


for batch_size in [N, 32, 8]:
    steps = sorted(steps_to_target(batch_size, seed) for seed in range(8))
    print(f"batch {batch_size:4}: steps {steps}; examples {steps[0] * batch_size}-{steps[-1] * batch_size}")
    #> batch 1024: steps [241, 241, 241, 241, 241, 241, 241, 241]; examples 246784-246784
    #> batch   32: steps [232, 252, 264, 268, 273, 302, 309, 338]; examples 7424-10816
    #> batch    8: steps [263, 273, 288, 329, 342, 405, 688, 775]; examples 2104-6200
