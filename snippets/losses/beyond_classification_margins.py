# MultiMarginLoss (multi-class hinge) and MultiLabelSoftMarginLoss from scratch vs built-in.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
N, C = 5, 4
z = torch.randn(N, C, dtype=torch.float64)  # scores (logits)
y = torch.tensor([0, 3, 1, 1, 2])
w = torch.tensor([1.0, 2.0, 0.5, 1.0], dtype=torch.float64)  # class weights

for power in [1, 2]:
    hinge = (1.0 - z.gather(1, y[:, None]) + z).clamp(min=0) ** power  # max(0, margin - z_y + z_c)^p
    hinge = hinge.scatter(1, y[:, None], 0.0)  # the sum runs over c != y
    scratch = (w[y] * hinge.sum(dim=1) / C).mean()
    builtin = F.multi_margin_loss(z, y, p=power, margin=1.0, weight=w)
    print(f"MultiMarginLoss p={power}: scratch {scratch:.10f}  built-in {builtin:.10f}")
    #> MultiMarginLoss p=1: scratch 1.0641575081  built-in 1.0641575081
    #> MultiMarginLoss p=2: scratch 2.6099875223  built-in 2.6099875223

targets = torch.randint(0, 2, (N, C)).double()  # multi-hot labels
scratch = -(targets * F.logsigmoid(z) + (1 - targets) * F.logsigmoid(-z)).mean(dim=1).mean()
print(f"MultiLabelSoftMarginLoss: scratch {scratch:.10f}  built-in {F.multilabel_soft_margin_loss(z, targets):.10f}"
      f"  BCEWithLogitsLoss {F.binary_cross_entropy_with_logits(z, targets):.10f}")
#> MultiLabelSoftMarginLoss: scratch 0.6191296503  built-in 0.6191296503  BCEWithLogitsLoss 0.6191296503
print(f"on logits [5, 0, 0], class 0: MultiMarginLoss {F.multi_margin_loss(torch.tensor([[5.0, 0, 0]]), y[:1]):.4f}"
      f"  CrossEntropyLoss {F.cross_entropy(torch.tensor([[5.0, 0, 0]]), y[:1]):.4f}")
#> on logits [5, 0, 0], class 0: MultiMarginLoss 0.0000  CrossEntropyLoss 0.0134
