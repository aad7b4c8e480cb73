# Focal loss (Lin et al. 2017) from the paper: -alpha_t (1 - p_t)^gamma log p_t. At gamma = 0, no alpha: BCE.
import torch
import torch.nn.functional as F


def focal_loss(z, y, alpha=0.25, gamma=2.0):
    """Per element, as torchvision.ops.sigmoid_focal_loss computes it; alpha < 0 means no alpha."""
    ce = F.binary_cross_entropy_with_logits(z, y, reduction="none")  # -log p_t, computed stably
    q = torch.sigmoid(z)
    p_t = q * y + (1 - q) * (1 - y)  # the probability the model gives the true label
    loss = (1 - p_t) ** gamma * ce
    if alpha >= 0:
        loss = (alpha * y + (1 - alpha) * (1 - y)) * loss  # alpha_t
    return loss


z = torch.tensor([3.0, -1.0, 0.5, -4.0, 2.0, 0.0], dtype=torch.float64)
y = torch.tensor([1.0, 1.0, 0.0, 0.0, 0.0, 1.0], dtype=torch.float64)
bce = F.binary_cross_entropy_with_logits(z, y)
print(f"gamma = 0, no alpha: focal {focal_loss(z, y, alpha=-1, gamma=0).mean():.10f}  BCEWithLogitsLoss {bce:.10f}")
#> gamma = 0, no alpha: focal 0.8623585238  BCEWithLogitsLoss 0.8623585238

q = torch.sigmoid(z)  # a second route, the paper's formula with plain logs
p_t, alpha_t = torch.where(y == 1, q, 1 - q), torch.where(y == 1, 0.25, 0.75)
paper = -alpha_t * (1 - p_t) ** 2 * p_t.log()
print(f"alpha = 0.25, gamma = 2: {focal_loss(z, y).mean():.10f}  paper's formula {paper.mean():.10f}")
#> alpha = 0.25, gamma = 2: 0.2899063057  paper's formula 0.2899063057
ratio = focal_loss(z, y, alpha=-1) / F.binary_cross_entropy_with_logits(z, y, reduction="none")
print("p_t        ", "  ".join(f"{v:.4f}" for v in p_t.tolist()))
#> p_t         0.9526  0.2689  0.3775  0.9820  0.1192  0.5000
print("focal / BCE", "  ".join(f"{v:.4f}" for v in ratio.tolist()), "= (1 - p_t)^2")
#> focal / BCE 0.0022  0.5344  0.3875  0.0003  0.7758  0.2500 = (1 - p_t)^2
