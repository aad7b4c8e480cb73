# KLDivLoss with log_target=True takes log p as the target: the same KL, without exp/log round trips.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
log_q = F.log_softmax(torch.randn(4, 5, dtype=torch.float64), dim=1)  # the model, as log-probabilities
log_p = F.log_softmax(torch.randn(4, 5, dtype=torch.float64), dim=1)  # the target, as log-probabilities

scratch = (log_p.exp() * (log_p - log_q)).sum() / 4  # sum_c p_c (log p_c - log q_c), mean over samples
with_log = torch.nn.KLDivLoss(reduction="batchmean", log_target=True)(log_q, log_p)
with_probs = torch.nn.KLDivLoss(reduction="batchmean")(log_q, log_p.exp())
print(f"scratch {scratch:.10f}  log_target=True {with_log:.10f}  log_target=False on p {with_probs:.10f}")
#> scratch 0.3269108194  log_target=True 0.3269108194  log_target=False on p 0.3269108194
wrong = torch.nn.KLDivLoss(reduction="batchmean")(log_q, log_p)  # log p passed without log_target=True
print(f"log p passed as if it were p: {wrong:.10f}")
#> log p passed as if it were p: nan

