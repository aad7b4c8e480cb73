# decoupled_weight_decay=True: theta *= 1 - lr * lambda, then the optimizer's own step on the loss alone.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
lr, lam = 0.1, 0.1


def run(make, decay_by_hand=False, steps=5):
    w = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
    optimizer = make([w])
    for _ in range(steps):
        optimizer.zero_grad()
        (0.5 * w @ A @ w - b @ w).backward()
        if decay_by_hand:
            with torch.no_grad():
                w.mul_(1 - lr * lam)  # after the gradient was taken at the undecayed w
        optimizer.step()
    return w.detach()


for name in ["Adam", "NAdam", "RAdam"]:
    Opt = getattr(torch.optim, name)
    flag = run(lambda p: Opt(p, lr=lr, weight_decay=lam, decoupled_weight_decay=True))
    by_hand = run(lambda p: Opt(p, lr=lr), decay_by_hand=True)  # weight_decay=0 inside
    coupled = run(lambda p: Opt(p, lr=lr, weight_decay=lam))  # L2: lambda * theta added to g
    print(f"{name:5} decoupled {flag[0]:+.6f} {flag[1]:+.6f}  decay by hand {by_hand[0]:+.6f} {by_hand[1]:+.6f}"
          f"  {torch.allclose(flag, by_hand, rtol=1e-12, atol=0)}  | coupled {coupled[0]:+.6f} {coupled[1]:+.6f}")
    #> Adam  decoupled +1.416447 +1.414405  decay by hand +1.416447 +1.414405  True  | coupled +1.503605 +1.502093
    #> NAdam decoupled +1.525293 +1.517793  decay by hand +1.525293 +1.517793  True  | coupled +1.610810 +1.605078
    #> RAdam decoupled -0.058568 +0.297730  decay by hand -0.058568 +0.297730  True  | coupled -0.076847 +0.282334
adamw = run(lambda p: torch.optim.AdamW(p, lr=lr, weight_decay=lam))
flag = run(lambda p: torch.optim.Adam(p, lr=lr, weight_decay=lam, decoupled_weight_decay=True))
print("AdamW == Adam(decoupled_weight_decay=True, weight_decay=0.1):", torch.equal(adamw, flag))
#> AdamW == Adam(decoupled_weight_decay=True, weight_decay=0.1): True
flag_only = run(lambda p: torch.optim.Adam(p, lr=lr, decoupled_weight_decay=True))  # weight_decay left at 0
plain = run(lambda p: torch.optim.Adam(p, lr=lr))
print("Adam(decoupled_weight_decay=True) == plain Adam:", torch.equal(flag_only, plain))
#> Adam(decoupled_weight_decay=True) == plain Adam: True
