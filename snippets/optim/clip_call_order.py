# Where the clipping call goes: after backward() and before step(). Anywhere else the step is not clipped (float64).
import torch
import torch.nn as nn

torch.manual_seed(0)
X, y = torch.randn(8, 4, dtype=torch.float64), torch.randn(8, 2, dtype=torch.float64)
start = nn.Linear(4, 2).to(torch.float64).state_dict()
for where in ["after backward, before step", "before backward", "after step"]:
    model = nn.Linear(4, 2).to(torch.float64)
    model.load_state_dict(start)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    optimizer.zero_grad()
    loss = (10 * (model(X) - y) ** 2).mean()
    if where == "before backward":
        seen = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # .grad is None here
    loss.backward()
    if where == "after backward, before step":
        seen = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    optimizer.step()
    if where == "after step":
        seen = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # too late for this step
    moved = torch.cat([(p - start[name]).flatten() for name, p in model.named_parameters()]).norm().item()
    print(f"{where:27}: clipping saw {seen.item():.4f}; the step moved the parameters by {moved:.4f}")
    #> after backward, before step: clipping saw 9.1067; the step moved the parameters by 0.1000
    #> before backward            : clipping saw 0.0000; the step moved the parameters by 0.9107
    #> after step                 : clipping saw 9.1067; the step moved the parameters by 0.9107
