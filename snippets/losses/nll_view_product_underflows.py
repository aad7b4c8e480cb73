# Maximum likelihood: the product of 2000 probabilities underflows even in float64; the mean NLL does not.
import torch

torch.manual_seed(0)
flips = (torch.rand(2000, dtype=torch.float64) < 0.3).double()  # a coin with P(heads) = 0.3
q = torch.linspace(0.01, 0.99, 981, dtype=torch.float64)  # the model: P(heads) = q, step 0.001
prob = torch.where(flips.bool()[None, :], q[:, None], 1 - q[:, None])  # (981, 2000)

likelihood = prob.prod(dim=1)
print(f"largest likelihood on the grid: {likelihood.max().item()}")
#> largest likelihood on the grid: 0.0
log_likelihood = prob.log().sum(dim=1)
print(f"largest log-likelihood: {log_likelihood.max():.2f} (float64 underflows below about -745)")
#> largest log-likelihood: -1234.98 (float64 underflows below about -745)
mean_nll = -log_likelihood / len(flips)
print(f"mean NLL is smallest at q = {q[mean_nll.argmin()]:.3f}, log-likelihood largest at q = "
      f"{q[log_likelihood.argmax()]:.3f}")
#> mean NLL is smallest at q = 0.308, log-likelihood largest at q = 0.308
print(f"fraction of heads: {flips.mean():.4f}")
#> fraction of heads: 0.3080
