# With gradient accumulation, clip once, after the last micro-batch: that clips the full-batch gradient (float64).
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 2).to(torch.float64)
X, y = torch.randn(16, 4, dtype=torch.float64), torch.randn(16, 2, dtype=torch.float64)
K = 4  # micro-batches of 4 samples


def gradient(clip_when):
    model.zero_grad()
    if clip_when == "full batch":
        (10 * (model(X) - y) ** 2).mean().backward()
    else:
        for Xk, yk in zip(X.chunk(K), y.chunk(K)):
            (10 * (model(Xk) - yk) ** 2).mean().div(K).backward()  # accumulates into .grad
            if clip_when == "after every micro-batch":
                nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    if clip_when != "after every micro-batch":
        nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    return torch.cat([p.grad.flatten() for p in model.parameters()])


full = gradient("full batch")
for clip_when in ["once, after the last micro-batch", "after every micro-batch"]:
    g = gradient(clip_when)
    cosine = torch.nn.functional.cosine_similarity(g, full, dim=0).item()
    print(f"{clip_when:32}: norm {g.norm().item():.4f}, cosine with the full batch's {cosine:.4f}, "
          f"equal: {torch.allclose(g, full)}")
    #> once, after the last micro-batch: norm 1.0000, cosine with the full batch's 1.0000, equal: True
    #> after every micro-batch         : norm 1.0000, cosine with the full batch's 0.5503, equal: False
