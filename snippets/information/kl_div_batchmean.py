# For a batch of distributions, the KL per sample averaged over the batch is reduction='batchmean'.
import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
log_q = F.log_softmax(torch.randn(4, 3), dim=1)  # model: 4 samples, 3 classes
p = F.softmax(torch.randn(4, 3), dim=1)  # targets

per_sample = (p * (p.log() - log_q)).sum(dim=1)  # KL(p_n || q_n) for each sample n
print(f"mean KL per sample by hand   {per_sample.mean():.4f}")
#> mean KL per sample by hand   0.7268
print(f"reduction='batchmean'        {F.kl_div(log_q, p, reduction='batchmean'):.4f}")
#> reduction='batchmean'        0.7268

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    elementwise_mean = F.kl_div(log_q, p, reduction="mean")  # divides by 4 * 3 elements
print(f"reduction='mean'             {elementwise_mean:.4f}  (= batchmean / 3 classes)")
#> reduction='mean'             0.2423  (= batchmean / 3 classes)
print(caught[0].category.__name__ + ":", caught[0].message)
#> UserWarning: reduction: 'mean' divides the total loss by both the batch size and the support size.'batchmean' divides only by the batch size, and aligns with the KL div math definition.'mean' will be changed to behave the same as 'batchmean' in the next major release.
