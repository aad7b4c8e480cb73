# The cross-entropy gradient derived on the page, against autograd (float64): class-index targets with
# weight and ignore_index, probability targets with weight, and label smoothing with weight.
import torch
import torch.nn.functional as F

z0 = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3], [-1.0, 3.0, 0.5]], dtype=torch.float64)
y = torch.tensor([0, 2, -100])  # the last target is ignore_index
w = torch.tensor([1.0, 3.0, 0.5], dtype=torch.float64)  # class weights w_c
q = F.softmax(z0, dim=1)
p = torch.tensor([[0.7, 0.2, 0.1], [0.0, 0.5, 0.5], [0.2, 0.2, 0.6]], dtype=torch.float64)  # soft targets
eps, C, N = 0.1, 3, 3


def autograd(**kwargs):
    z = z0.clone().requires_grad_(True)
    F.cross_entropy(z, **kwargs).backward()
    return z.grad


kept = y != -100
onehot = F.one_hot(y.clamp(min=0), C) * kept[:, None]  # ignored rows: no target, no gradient
w_y = w[y.clamp(min=0)] * kept  # w_{y_n}, 0 for ignored samples
by_hand = w_y[:, None] * (q - onehot) / w_y.sum()
print("class indices, weight, ignore_index:", torch.allclose(autograd(target=y, weight=w), by_hand),
      torch.allclose(autograd(target=y, weight=w), by_hand * w_y.sum() / N))  # wrong: divided by N
#> class indices, weight, ignore_index: True False
by_hand = (q * (w * p).sum(dim=1, keepdim=True) - w * p) / N
print("probability targets, weight:        ", torch.allclose(autograd(target=p, weight=w), by_hand),
      torch.allclose(autograd(target=p, weight=w), w * (q - p) / N))  # wrong: w_c (q - p)
#> probability targets, weight:         True False
print("probability targets, no weight:     ", torch.allclose(autograd(target=p), (q - p) / N))
#> probability targets, no weight:      True
smooth = (1 - eps) * w_y[:, None] * (q - onehot) + eps / C * kept[:, None] * (q * w.sum() - w)
print("label smoothing, weight:            ",
      torch.allclose(autograd(target=y, weight=w, label_smoothing=eps), smooth / w_y.sum()))
#> label smoothing, weight:             True
