# PyTorch's logs are natural logs: losses are in nats. Bits = nats / ln 2.
import math

import torch

q_true = torch.tensor([0.4, 0.98])  # probability the model gives the true class

nats = -torch.log(q_true)
bits = -torch.log2(q_true)
print(f"nats: {nats[0]:.6f} {nats[1]:.6f}")
#> nats: 0.916291 0.020203
print(f"bits: {bits[0]:.6f} {bits[1]:.6f}")
#> bits: 1.321928 0.029146
print(torch.allclose(bits, nats / math.log(2)))
#> True
