# running_mean/var are exponential moving averages of batch statistics (momentum=None: plain averages).
import torch
import torch.nn as nn

torch.manual_seed(0)
batches = [torch.randn(32, 1) * 2 + 5 for _ in range(50)]  # one feature: mean 5, variance 4
ema, cumulative = nn.BatchNorm1d(1, momentum=0.1), nn.BatchNorm1d(1, momentum=None)
mean_by_hand, var_by_hand = torch.zeros(1), torch.ones(1)  # the buffers' initial values
for step, batch in enumerate(batches, start=1):
    ema(batch)  # training mode: each forward pass updates the buffers
    cumulative(batch)
    mean_by_hand = 0.9 * mean_by_hand + 0.1 * batch.mean(dim=0)
    var_by_hand = 0.9 * var_by_hand + 0.1 * batch.var(dim=0)  # unbiased (N - 1)
    if step in (1, 10, 50):
        print(f"step {step:2}: running_mean {ema.running_mean.item():.4f}, "
              f"running_var {ema.running_var.item():.4f}")
        #> step  1: running_mean 0.5013, running_var 1.3180
        #> step 10: running_mean 3.2458, running_var 2.5156
        #> step 50: running_mean 5.0465, running_var 4.2471
print(torch.allclose(ema.running_mean, mean_by_hand), torch.allclose(ema.running_var, var_by_hand))
#> True True
average = torch.stack([b.mean(dim=0) for b in batches]).mean(dim=0)
print(torch.allclose(cumulative.running_mean, average), ema.num_batches_tracked.item())
#> True 50
