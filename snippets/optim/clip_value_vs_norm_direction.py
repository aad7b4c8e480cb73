# Value clipping changes the gradient's direction; norm clipping only shortens it. Cosine with the original (float64).
import torch
import torch.nn.functional as F

g = torch.tensor([3.0, 0.5], dtype=torch.float64)  # one large entry, one small
by_value = torch.zeros(2, dtype=torch.float64, requires_grad=True)
by_norm = torch.zeros(2, dtype=torch.float64, requires_grad=True)
by_value.grad, by_norm.grad = g.clone(), g.clone()
torch.nn.utils.clip_grad_value_([by_value], clip_value=1.0)
torch.nn.utils.clip_grad_norm_([by_norm], max_norm=1.0)
for name, clipped in [("clip_grad_value_", by_value.grad), ("clip_grad_norm_", by_norm.grad)]:
    cosine = F.cosine_similarity(clipped, g, dim=0).item()
    print(f"{name:16}: {[round(x, 4) for x in clipped.tolist()]}, norm {clipped.norm().item():.4f}, "
          f"cosine with g {cosine:.4f}")
    #> clip_grad_value_: [1.0, 0.5], norm 1.1180, cosine with g 0.9558
    #> clip_grad_norm_ : [0.9864, 0.1644], norm 1.0000, cosine with g 1.0000
