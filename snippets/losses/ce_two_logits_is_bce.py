# CrossEntropyLoss on two logits [z0, z1] is BCEWithLogitsLoss on the single logit z1 - z0.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
z = torch.randn(5, 2, dtype=torch.float64) * 3  # N = 5 samples, C = 2 logits each
y = torch.tensor([0, 1, 1, 0, 1])  # class indices

two_class_ce = F.cross_entropy(z, y)
binary = F.binary_cross_entropy_with_logits(z[:, 1] - z[:, 0], y.double())
print(f"CrossEntropyLoss {two_class_ce:.10f}  BCEWithLogitsLoss(z1 - z0) {binary:.10f}")
#> CrossEntropyLoss 0.6294900295  BCEWithLogitsLoss(z1 - z0) 0.6294900295
print(torch.allclose(two_class_ce, binary))
#> True
# Why: softmax([z0, z1])_1 = 1 / (1 + e^{z0 - z1}) = sigmoid(z1 - z0).
print(torch.allclose(F.softmax(z, dim=1)[:, 1], torch.sigmoid(z[:, 1] - z[:, 0])))
#> True

# The source post's call: rand(1, 2) is two numbers per sample, read as logits without complaint.
torch.manual_seed(0)
print(F.cross_entropy(torch.rand(1, 2), torch.tensor([1])))
#> tensor(0.5664)
