# CrossEntropyLoss is the mean NLL of a categorical model; BCEWithLogitsLoss of a Bernoulli model.
import torch
import torch.nn.functional as F
from torch.distributions import Bernoulli, Categorical

torch.manual_seed(0)
z = torch.randn(6, 4, dtype=torch.float64)  # logits: 6 samples, 4 classes
y = torch.tensor([0, 3, 1, 1, 2, 0])
ce = F.cross_entropy(z, y)
nll = -Categorical(logits=z).log_prob(y).mean()
print(f"CrossEntropyLoss {ce:.12f}  -Categorical log_prob {nll:.12f}  {torch.allclose(ce, nll)}")
#> CrossEntropyLoss 1.996388908476  -Categorical log_prob 1.996388908476  True

z1 = torch.randn(6, dtype=torch.float64)  # one logit per sample: logistic regression
y1 = torch.tensor([1.0, 0.0, 0.0, 1.0, 1.0, 0.0], dtype=torch.float64)
bce = F.binary_cross_entropy_with_logits(z1, y1)
nll1 = -Bernoulli(logits=z1).log_prob(y1).mean()
print(f"BCEWithLogitsLoss {bce:.12f}  -Bernoulli log_prob {nll1:.12f}  {torch.allclose(bce, nll1)}")
#> BCEWithLogitsLoss 0.908244035168  -Bernoulli log_prob 0.908244035168  True

# The 'sum' is the NLL of the whole batch, the log of a product of probabilities.
likelihood = torch.softmax(z, dim=1)[torch.arange(6), y].prod()
print(f"-log(product of q_y) {-likelihood.log():.12f}  sum reduction {F.cross_entropy(z, y, reduction='sum'):.12f}")
#> -log(product of q_y) 11.978333450857  sum reduction 11.978333450857
