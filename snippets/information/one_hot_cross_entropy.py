# With a one-hot target, cross-entropy is -log of the probability given to the true class.
import torch
import torch.nn.functional as F

p = torch.tensor([1.0, 0.0, 0.0, 0.0, 0.0])  # label: class 0
predictions = {
    "unsure   ": torch.tensor([0.4, 0.3, 0.05, 0.05, 0.2]),
    "confident": torch.tensor([0.98, 0.01, 0.0, 0.0, 0.01]),
}
for name, q in predictions.items():
    by_definition = -torch.xlogy(p, q).sum()  # -sum p log q, with 0 log 0 = 0
    minus_log_true = -torch.log(q[0])
    nll = F.nll_loss(q.log().unsqueeze(0), torch.tensor([0]))  # NLLLoss picks -log q[y]
    print(f"{name} H(p,q) {by_definition:.4f}  -log q[0] {minus_log_true:.4f}  nll_loss {nll:.4f}")
    #> unsure    H(p,q) 0.9163  -log q[0] 0.9163  nll_loss 0.9163
    #> confident H(p,q) 0.0202  -log q[0] 0.0202  nll_loss 0.0202
