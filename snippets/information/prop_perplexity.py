# Perplexity = exp(cross-entropy): the number of equally likely choices with the same average loss.
import math

import torch
import torch.nn.functional as F

C, N = 27, 20  # 26 letters and a space; 20 characters to predict
torch.manual_seed(0)
y = torch.randint(0, C, (N,))
uniform = torch.zeros(N, C, dtype=torch.float64)  # equal logits: q = 1/27 for every character
ce = F.cross_entropy(uniform, y)
print(f"uniform model: CE = {ce:.4f} = ln {C}, perplexity = {ce.exp():.4f}")
#> uniform model: CE = 3.2958 = ln 27, perplexity = 27.0000

z = torch.randn(N, C, dtype=torch.float64)
z[torch.arange(N), y] += 3.0  # a model that tends to favour the right character
ce = F.cross_entropy(z, y)
q_true = F.softmax(z, dim=1)[torch.arange(N), y]  # probability given to each right character
geometric_mean = torch.prod(1 / q_true) ** (1 / N)  # from scratch: no log, no exp
print(f"model: CE = {ce:.4f} nats, perplexity = {ce.exp():.4f},"
      f" geometric mean of 1/q_y = {geometric_mean:.4f}")
#> model: CE = 1.2110 nats, perplexity = 3.3569, geometric mean of 1/q_y = 3.3569
bits = ce / math.log(2)
print(f"bits per character = {bits:.4f}, 2 ** bits = {2 ** bits:.4f}")
#> bits per character = 1.7471, 2 ** bits = 3.3569
print(torch.allclose(ce.exp(), geometric_mean), torch.allclose(2 ** bits, ce.exp()))
#> True True
