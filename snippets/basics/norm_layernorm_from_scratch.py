# LayerNorm(D): per sample and position, mean and biased variance over the last axis, eps inside the root.
import torch
import torch.nn as nn

torch.manual_seed(0)
scale = torch.tensor([0.003, 1.0, 10.0], dtype=torch.float64).view(1, 3, 1)  # tokens of very different size
x = 5 + scale * torch.randn(4, 3, 8, dtype=torch.float64)  # (N, L, D): 4 sequences of 3 tokens, D = 8
ln = nn.LayerNorm(8, dtype=torch.float64)  # eps = 1e-5
with torch.no_grad():  # gamma and beta are per element of the last axis: shape (8,); make them non-trivial
    ln.weight.uniform_(0.5, 1.5)
    ln.bias.uniform_(-1, 1)


def layer_norm(x, dims, unbiased=False, eps_inside=True):
    mean, var = x.mean(dims, keepdim=True), x.var(dims, keepdim=True, unbiased=unbiased)
    scaled = (x - mean) / (torch.sqrt(var + ln.eps) if eps_inside else torch.sqrt(var) + ln.eps)
    return scaled * ln.weight + ln.bias


builtin = ln(x).detach()
print(builtin[0, 0, :3], layer_norm(x, -1)[0, 0, :3].detach())
#> tensor([-0.8577,  1.1526, -0.2201], dtype=torch.float64) tensor([-0.8577,  1.1526, -0.2201], dtype=torch.float64)
variants = {"over D (correct)": layer_norm(x, -1), "unbiased variance": layer_norm(x, -1, unbiased=True),
            "eps outside the root": layer_norm(x, -1, eps_inside=False),
            "over (L, D)": layer_norm(x, (1, 2)), "over the batch N": layer_norm(x, 0)}
for name, ours in variants.items():
    print(f"{name:21} matches nn.LayerNorm: {torch.allclose(ours, builtin)}")
    #> over D (correct)      matches nn.LayerNorm: True
    #> unbiased variance     matches nn.LayerNorm: False
    #> eps outside the root  matches nn.LayerNorm: False
    #> over (L, D)           matches nn.LayerNorm: False
    #> over the batch N      matches nn.LayerNorm: False
