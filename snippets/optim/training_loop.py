# The canonical loop: zero_grad(), forward, loss, backward(), step(). Here: fit y = 2x - 1.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.linspace(-1, 1, 32).unsqueeze(1)  # (32, 1)
y = 2 * x - 1 + 0.05 * torch.randn(32, 1)  # noisy targets, (32, 1): the same shape as the output

model = nn.Linear(1, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(1, 101):
    optimizer.zero_grad()  # gradients accumulate otherwise
    loss = loss_fn(model(x), y)
    loss.backward()  # fills .grad of every parameter
    optimizer.step()  # theta <- theta - lr * grad
    if epoch % 25 == 0:
        print(f"epoch {epoch:3}: loss before this step {loss.item():.5f}")
        #> epoch  25: loss before this step 0.07641
        #> epoch  50: loss before this step 0.00416
        #> epoch  75: loss before this step 0.00234
        #> epoch 100: loss before this step 0.00229
print(f"w = {model.weight.item():.4f}, b = {model.bias.item():.4f}")
#> w = 2.0243, b = -0.9997
