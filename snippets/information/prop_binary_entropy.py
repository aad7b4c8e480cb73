# The binary entropy H(t) = -t ln t - (1-t) ln(1-t): 0 at t = 0 and 1, largest (ln 2) at t = 1/2.
import math

import torch
import torch.nn.functional as F

t = torch.linspace(0, 1, 1001, dtype=torch.float64)
H = torch.xlogy(t, 1 / t) + torch.xlogy(1 - t, 1 / (1 - t))  # from scratch, 0 ln 0 = 0
# A Bernoulli(t) target against the same Bernoulli(t) prediction: BCE is H(t).
bce = F.binary_cross_entropy(t, t, reduction="none")
print(torch.allclose(H, bce), torch.allclose(H, torch.special.entr(t) + torch.special.entr(1 - t)))
#> True True
print(f"H(0) = {H[0]:.4f}  H(1) = {H[-1]:.4f}  H(0.1) = {H[100]:.4f}  H(0.9) = {H[900]:.4f}")
#> H(0) = 0.0000  H(1) = 0.0000  H(0.1) = 0.3251  H(0.9) = 0.3251
best = H.argmax()
print(f"max at t = {t[best]:.3f}: {H[best]:.4f} nats = {H[best] / math.log(2):.4f} bits; ln 2 = {math.log(2):.4f}")
#> max at t = 0.500: 0.6931 nats = 1.0000 bits; ln 2 = 0.6931
