# The optimizer playground's opening runs, by torch.optim: the numbers its live text shows.
import torch


def valley(w):  # the narrow valley of "Choosing an optimizer": curvatures 1 and 50
    return 0.5 * (w[0] ** 2 + 50 * w[1] ** 2)


runs = [("SGD", {"lr": 0.03}), ("SGD", {"lr": 0.01, "momentum": 0.9}), ("Adam", {"lr": 0.05})]
start, steps = [-1.5, 1.0], 100
paths, losses = [], []
for name, options in runs:
    w = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = getattr(torch.optim, name)([w], **options)
    path, loss = [w.tolist()], [valley(w).item()]
    for _ in range(steps):
        optimizer.zero_grad()
        valley(w).backward()
        optimizer.step()
        path.append(w.tolist())
        loss.append(valley(w).item())
    paths.append(path)
    losses.append(loss)
    arguments = ", ".join(f"{k}={v}" for k, v in options.items())
    print(f"{name}({arguments}): loss {loss[-1]:.3e} at w = ({path[-1][0]:.4f}, {path[-1][1]:.4f})")
    #> SGD(lr=0.03): loss 2.544e-03 at w = (-0.0713, 0.0000)
    #> SGD(lr=0.01, momentum=0.9): loss 2.166e-04 at w = (0.0040, 0.0029)
    #> Adam(lr=0.05): loss 4.902e-04 at w = (-0.0097, -0.0042)
