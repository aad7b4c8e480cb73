# Mini-batch SGD takes more, but much cheaper, steps than full-batch gradient descent.
import torch

torch.manual_seed(0)
N = 1024
X = torch.randn(N, 5)
true_w = torch.tensor([1.0, -2.0, 0.5, 3.0, -1.0])
y = X @ true_w + 0.1 * torch.randn(N)


def train(batch_size, steps, lr=0.01):
    w = torch.zeros(5)
    for step in range(steps):
        rows = torch.randint(0, N, (batch_size,)) if batch_size < N else torch.arange(N)
        grad = 2 * X[rows].T @ (X[rows] @ w - y[rows]) / batch_size  # gradient of the mean squared error
        w -= lr * grad
    return ((X @ w - y) ** 2).mean().item()


for batch_size, steps in [(N, 50), (32, 50), (N, 10), (32, 320)]:
    examples = batch_size * steps  # gradient work, in examples processed
    print(f"batch {batch_size:4}, {steps} steps, {examples:6} examples: loss {train(batch_size, steps):.4f}")
    #> batch 1024, 50 steps,  51200 examples: loss 2.1308
    #> batch   32, 50 steps,   1600 examples: loss 1.9707
    #> batch 1024, 10 steps,  10240 examples: loss 9.8452
    #> batch   32, 320 steps,  10240 examples: loss 0.0109
