# log_softmax(z) = z - logsumexp(z), with logsumexp computed stably as m + log(sum(exp(z - m))).
import torch
import torch.nn.functional as F

z = torch.tensor([[1000.0, 0.0, -1000.0], [2.0, 1.0, 0.1]])

m = z.max(dim=1, keepdim=True).values
lse = m + (z - m).exp().sum(dim=1, keepdim=True).log()
by_hand = z - lse
print(by_hand)
#> tensor([[ 0.0000e+00, -1.0000e+03, -2.0000e+03],
#>         [-4.1703e-01, -1.4170e+00, -2.3170e+00]])
print(torch.allclose(by_hand, F.log_softmax(z, dim=1)), torch.allclose(lse.squeeze(1), torch.logsumexp(z, dim=1)))
#> True True

# Taking the log of softmax instead: the tiny probabilities underflow to 0 and log(0) = -inf.
print(torch.log(F.softmax(z, dim=1)))
#> tensor([[ 0.0000,    -inf,    -inf],
#>         [-0.4170, -1.4170, -2.3170]])
