# CrossEntropyLoss = NLLLoss(log_softmax) = mean of (-z[y] + logsumexp(z)), on a fixed 4x3 example.
import torch
import torch.nn.functional as F

z = torch.tensor([[2.0, 0.5, -1.0],
                  [0.1, 0.2, 0.3],
                  [-1.0, 3.0, 0.5],
                  [1.5, -0.5, 2.5]])  # logits: N = 4 samples, C = 3 classes
y = torch.tensor([0, 2, 1, 0])  # class indices

by_hand = (-z[torch.arange(4), y] + torch.logsumexp(z, dim=1)).mean()
nll = F.nll_loss(F.log_softmax(z, dim=1), y)
ce = F.cross_entropy(z, y)
print(f"by hand {by_hand:.4f}  nll_loss(log_softmax) {nll:.4f}  cross_entropy {ce:.4f}")
#> by hand 0.6720  nll_loss(log_softmax) 0.6720  cross_entropy 0.6720
print(torch.allclose(by_hand, ce), torch.allclose(nll, ce))
#> True True
