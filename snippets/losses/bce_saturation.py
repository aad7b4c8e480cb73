# Sigmoid then BCELoss fails in three ways in float32; BCEWithLogitsLoss gets every case right.
import torch
import torch.nn.functional as F


def routes(z, y):
    """Per-element loss and d loss / d z, with logits and through the sigmoid."""
    result = {}
    for route in ["with logits", "sigmoid + BCELoss"]:
        logits = z.detach().clone().requires_grad_(True)
        if route == "with logits":
            loss = F.binary_cross_entropy_with_logits(logits, y, reduction="none")
        else:
            loss = F.binary_cross_entropy(torch.sigmoid(logits), y, reduction="none")
        (gradient,) = torch.autograd.grad(loss.sum(), logits)
        result[route] = (loss.detach(), gradient)
    return result


y = torch.tensor([0.0, 0.0, 1.0, 1.0, 1.0])  # every prediction below is confidently wrong
z = torch.tensor([10.0, 17.0, -30.0, -40.0, -100.0])
(exact, exact_grad), (naive, naive_grad) = routes(z, y).values()
for n in range(len(z)):
    print(f"y={y[n]:.0f} z={z[n]:6.1f} | logits: {exact[n]:8.4f}, grad {exact_grad[n]:+.4f}"
          f" | sigmoid + BCELoss: {naive[n]:8.4f}, grad {naive_grad[n]:+.3g}")
    #> y=0 z=  10.0 | logits:  10.0000, grad +1.0000 | sigmoid + BCELoss:   9.9996, grad +1
    #> y=0 z=  17.0 | logits:  17.0000, grad +1.0000 | sigmoid + BCELoss: 100.0000, grad +0
    #> y=1 z= -30.0 | logits:  30.0000, grad -1.0000 | sigmoid + BCELoss:  30.0000, grad -0.0936
    #> y=1 z= -40.0 | logits:  40.0000, grad -1.0000 | sigmoid + BCELoss:  40.0000, grad -4.25e-06
    #> y=1 z=-100.0 | logits: 100.0000, grad -1.0000 | sigmoid + BCELoss: 100.0000, grad -0
