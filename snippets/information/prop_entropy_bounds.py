# 0 <= H(p) <= log C, and the gap log C - H(p) is KL(p || uniform) >= 0 (Gibbs' inequality).
import math

import torch
import torch.nn.functional as F

C = 4
uniform = torch.full((C,), 1 / C, dtype=torch.float64)
distributions = {
    "one-hot": [1.0, 0.0, 0.0, 0.0],
    "peaked": [0.7, 0.1, 0.1, 0.1],
    "skewed": [0.4, 0.3, 0.2, 0.1],
    "uniform": [0.25, 0.25, 0.25, 0.25],
}
print(f"log C = {math.log(C):.4f} nats = {math.log2(C):.4f} bits")
#> log C = 1.3863 nats = 2.0000 bits
for name, values in distributions.items():
    p = torch.tensor(values, dtype=torch.float64)
    H = torch.xlogy(p, 1 / p).sum()  # sum of p log(1/p); xlogy gives 0 where p = 0
    assert torch.allclose(H, torch.special.entr(p).sum())
    kl = F.kl_div(uniform.log(), p, reduction="sum")  # KL(p || U), U uniform, built-in
    print(f"{name:8} H = {H:.4f} nats = {H / math.log(2):.4f} bits"
          f" | log C - H = {math.log(C) - H:.4f}  KL(p||U) = {kl:.4f}")
    #> one-hot  H = 0.0000 nats = 0.0000 bits | log C - H = 1.3863  KL(p||U) = 1.3863
    #> peaked   H = 0.9404 nats = 1.3568 bits | log C - H = 0.4458  KL(p||U) = 0.4458
    #> skewed   H = 1.2799 nats = 1.8464 bits | log C - H = 0.1064  KL(p||U) = 0.1064
    #> uniform  H = 1.3863 nats = 2.0000 bits | log C - H = 0.0000  KL(p||U) = 0.0000
