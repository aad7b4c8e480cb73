# Binary entropy H(p) = -p1 ln p1 - (1-p1) ln(1-p1): 0 at p1 = 0 and 1, largest (ln 2) at p1 = 1/2.
import math

import torch
import torch.nn.functional as F

p1 = torch.linspace(0, 1, 1001, dtype=torch.float64)  # the probability of class 1; p0 = 1 - p1
H = torch.xlogy(p1, 1 / p1) + torch.xlogy(1 - p1, 1 / (1 - p1))  # from scratch, 0 ln 0 = 0
# A Bernoulli(p1) target against the same Bernoulli(p1) prediction: BCE is the entropy.
bce = F.binary_cross_entropy(p1, p1, reduction="none")
print(torch.allclose(H, bce), torch.allclose(H, torch.special.entr(p1) + torch.special.entr(1 - p1)))
#> True True
print(f"p1 = 0: {H[0]:.4f}  p1 = 1: {H[-1]:.4f}  p1 = 0.1: {H[100]:.4f}  p1 = 0.9: {H[900]:.4f}")
#> p1 = 0: 0.0000  p1 = 1: 0.0000  p1 = 0.1: 0.3251  p1 = 0.9: 0.3251
best = H.argmax()
print(f"max at p1 = {p1[best]:.3f}: {H[best]:.4f} nats = {H[best] / math.log(2):.4f} bits;"
      f" ln 2 = {math.log(2):.4f}")
#> max at p1 = 0.500: 0.6931 nats = 1.0000 bits; ln 2 = 0.6931
