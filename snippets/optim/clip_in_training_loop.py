# The training loop with clipping: zero_grad(), forward, loss, backward(), clip, step(). Log the norm it returns.
import torch
import torch.nn as nn

torch.manual_seed(0)
X, y = torch.randn(64, 4), torch.randn(64, 1)
model = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 1))
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(1, 4):
    optimizer.zero_grad()
    loss = loss_fn(model(X), 10 * y)  # targets 10 times larger: large gradients at first
    loss.backward()
    norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # after backward(), before step()
    optimizer.step()
    print(f"epoch {epoch}: loss {loss.item():.3f}, gradient norm before clipping {norm.item():.3f}")
    #> epoch 1: loss 74.962, gradient norm before clipping 6.408
    #> epoch 2: loss 74.340, gradient norm before clipping 6.063
    #> epoch 3: loss 73.748, gradient norm before clipping 5.777
