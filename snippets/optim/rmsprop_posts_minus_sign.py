# The posts' RMSprop subtracts (1 - gamma) g^2: the average goes negative and its square root is nan.
import torch

g = torch.tensor([0.5, -2.0], dtype=torch.float64)  # the first gradient
gamma, lr, eps = 0.9, 0.01, 1e-8
v_posts = gamma * 0.0 - (1 - gamma) * g**2
v_right = gamma * 0.0 + (1 - gamma) * g**2
print(f"E[g^2] with minus: {v_posts}")
#> E[g^2] with minus: tensor([-0.0250, -0.4000], dtype=torch.float64)
print(f"step with minus:   {-lr * g / (v_posts.sqrt() + eps)}")
#> step with minus:   tensor([nan, nan], dtype=torch.float64)
print(f"step with plus:    {-lr * g / (v_right.sqrt() + eps)}")
#> step with plus:    tensor([-0.0316,  0.0316], dtype=torch.float64)
