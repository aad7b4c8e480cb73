# Entropy, cross-entropy and KL divergence from their definitions, against PyTorch.
import torch
import torch.nn.functional as F

p = torch.tensor([0.5, 0.3, 0.2])  # the true distribution
q = torch.tensor([0.25, 0.25, 0.5])  # the model's distribution

entropy = -(p * p.log()).sum()
cross_entropy = -(p * q.log()).sum()
kl = (p * (p / q).log()).sum()

print(f"H(p)    by hand {entropy:.4f}   torch.special.entr  {torch.special.entr(p).sum():.4f}")
#> H(p)    by hand 1.0297   torch.special.entr  1.0297
# cross_entropy takes logits; log q are logits whose softmax is q itself.
builtin_ce = F.cross_entropy(q.log().unsqueeze(0), p.unsqueeze(0))
print(f"H(p,q)  by hand {cross_entropy:.4f}   F.cross_entropy     {builtin_ce:.4f}")
#> H(p,q)  by hand 1.2477   F.cross_entropy     1.2477
builtin_kl = F.kl_div(q.log(), p, reduction="sum")
print(f"KL(p|q) by hand {kl:.4f}   F.kl_div            {builtin_kl:.4f}")
#> KL(p|q) by hand 0.2180   F.kl_div            0.2180
print(torch.allclose(entropy, torch.special.entr(p).sum()),
      torch.allclose(cross_entropy, builtin_ce),
      torch.allclose(kl, builtin_kl))
#> True True True

# The identity H(p, q) = H(p) + KL(p || q), both sides computed separately.
print(f"H(p) + KL = {entropy + kl:.4f} = H(p,q) = {cross_entropy:.4f}:",
      torch.allclose(entropy + kl, cross_entropy))
#> H(p) + KL = 1.2477 = H(p,q) = 1.2477: True
