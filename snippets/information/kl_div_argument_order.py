# F.kl_div(input, target) computes KL(target || input): input is LOG-probabilities of q, target is p.
import torch
import torch.nn.functional as F

p = torch.tensor([0.5, 0.3, 0.2])
q = torch.tensor([0.25, 0.25, 0.5])

kl_p_q = F.kl_div(q.log(), p, reduction="sum")  # KL(p || q)
kl_q_p = F.kl_div(p.log(), q, reduction="sum")  # KL(q || p)
print(f"KL(p||q) = {kl_p_q:.4f}, KL(q||p) = {kl_q_p:.4f}")  # not symmetric: not a distance
#> KL(p||q) = 0.2180, KL(q||p) = 0.2393

# With log_target=True the target is given as log-probabilities too.
print(torch.allclose(kl_p_q, F.kl_div(q.log(), p.log(), reduction="sum", log_target=True)))
#> True

# Two common mistakes, both silent with reduction="sum": probabilities instead of log q as input,
# and the arguments swapped as well. Neither result is a KL divergence (both are negative).
print(f"kl_div(q, p) = {F.kl_div(q, p, reduction='sum'):.4f}   kl_div(p, q) = {F.kl_div(p, q, reduction='sum'):.4f}")
#> kl_div(q, p) = -1.3297   kl_div(p, q) = -1.3397
