# GroupNorm(G, C): per sample, the C channels split into G groups; stats over each group's channels and H, W.
import torch
import torch.nn as nn

torch.manual_seed(0)
N, C, H, W, G = 2, 6, 3, 3, 3
channel_mean = torch.tensor([0.0, 4, -2, 8, 1, -5], dtype=torch.float64).view(1, C, 1, 1)
x = channel_mean + torch.randn(N, C, H, W, dtype=torch.float64) * torch.arange(1, C + 1).view(1, C, 1, 1)
gn = nn.GroupNorm(G, C, dtype=torch.float64)  # eps = 1e-5; gamma, beta: one per channel, shape (6,)
with torch.no_grad():
    gn.weight.uniform_(0.5, 1.5)
    gn.bias.uniform_(-1, 1)


def group_norm(x, groups, unbiased=False):
    grouped = x.reshape(N, groups, -1)  # each group: C / groups channels times H * W positions
    mean, var = grouped.mean(-1, keepdim=True), grouped.var(-1, keepdim=True, unbiased=unbiased)
    scaled = ((grouped - mean) / torch.sqrt(var + gn.eps)).reshape(N, C, H, W)
    return scaled * gn.weight.view(1, C, 1, 1) + gn.bias.view(1, C, 1, 1)


builtin = gn(x).detach()
print(builtin[1, 2, 0], group_norm(x, G)[1, 2, 0].detach())
#> tensor([-0.7235, -1.3067, -1.0241], dtype=torch.float64) tensor([-0.7235, -1.3067, -1.0241], dtype=torch.float64)
for name, ours in {"3 groups (correct)": group_norm(x, G), "unbiased variance": group_norm(x, G, True),
                   "per channel": group_norm(x, C), "all channels": group_norm(x, 1)}.items():
    print(f"{name:18} matches nn.GroupNorm: {torch.allclose(ours, builtin)}")
    #> 3 groups (correct) matches nn.GroupNorm: True
    #> unbiased variance  matches nn.GroupNorm: False
    #> per channel        matches nn.GroupNorm: False
    #> all channels       matches nn.GroupNorm: False
