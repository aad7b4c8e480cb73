# q_c = 0 where p_c > 0 makes H(p, q) and KL(p || q) infinite; F.kl_div gives nan where input = -inf
# meets target = 0, even though that term is 0 by convention.
import torch
import torch.nn.functional as F

p = torch.tensor([0.5, 0.5, 0.0])
q = torch.tensor([0.5, 0.0, 0.5])  # q gives 0 to class 1, which p says happens half the time
print(f"H(p, q) = {-torch.xlogy(p, q).sum()}   KL(p||q) = {F.kl_div(q.log(), p, reduction='sum')}")
#> H(p, q) = inf   KL(p||q) = inf

# Matching zeros: p = q = (1, 0), so KL = 0. But log q = (0, -inf), and 0 * (log 0 - (-inf)) is nan.
p = torch.tensor([1.0, 0.0])
log_q = torch.tensor([0.0, float("-inf")])
print(F.kl_div(log_q, p, reduction="none"), F.kl_div(log_q, p.log(), reduction="none", log_target=True))
#> tensor([0., nan]) tensor([0., nan])
by_hand = (torch.xlogy(p, p) - torch.xlogy(p, log_q.exp())).sum()  # xlogy(0, .) = 0: the convention
print(f"KL by hand with xlogy: {by_hand}")
#> KL by hand with xlogy: 0.0
