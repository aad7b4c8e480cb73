# H(p, q) = H(p) + KL(p || q) for five (p, q) pairs: from scratch vs F.cross_entropy and F.kl_div.
import torch
import torch.nn.functional as F

p = torch.tensor([[0.5, 0.3, 0.2], [0.5, 0.3, 0.2], [1.0, 0.0, 0.0],
                  [1 / 3, 1 / 3, 1 / 3], [0.1, 0.1, 0.8]], dtype=torch.float64)
q = torch.tensor([[0.25, 0.25, 0.5], [0.5, 0.3, 0.2], [0.7, 0.2, 0.1],
                  [0.7, 0.2, 0.1], [0.7, 0.2, 0.1]], dtype=torch.float64)

entropy = torch.xlogy(p, 1 / p).sum(dim=1)  # H(p) = sum p log(1/p), 0 log 0 = 0
kl = torch.xlogy(p, p / q).sum(dim=1)  # KL(p || q) = sum p log(p/q)
cross_entropy = -torch.xlogy(p, q).sum(dim=1)  # H(p, q) = -sum p log q
# Built-ins: log q are logits whose softmax is q; kl_div takes log q first, p second.
ce_builtin = F.cross_entropy(q.log(), p, reduction="none")
kl_builtin = F.kl_div(q.log(), p, reduction="none").sum(dim=1)
print(torch.allclose(cross_entropy, ce_builtin), torch.allclose(kl, kl_builtin))
#> True True
for n in range(len(p)):
    print(f"pair {n}: H(p) {entropy[n]:.4f} + KL {kl[n]:.4f} = {entropy[n] + kl[n]:.4f}"
          f"   H(p,q) {cross_entropy[n]:.4f}   F.cross_entropy {ce_builtin[n]:.4f}")
    #> pair 0: H(p) 1.0297 + KL 0.2180 = 1.2477   H(p,q) 1.2477   F.cross_entropy 1.2477
    #> pair 1: H(p) 1.0297 + KL 0.0000 = 1.0297   H(p,q) 1.0297   F.cross_entropy 1.0297
    #> pair 2: H(p) 0.0000 + KL 0.3567 = 0.3567   H(p,q) 0.3567   F.cross_entropy 0.3567
    #> pair 3: H(p) 1.0986 + KL 0.3243 = 1.4229   H(p,q) 1.4229   F.cross_entropy 1.4229
    #> pair 4: H(p) 0.6390 + KL 1.3996 = 2.0387   H(p,q) 2.0387   F.cross_entropy 2.0387
print(torch.allclose(entropy + kl, cross_entropy))
#> True
