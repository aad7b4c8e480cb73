# Expected calibration error, 15 equal-width bins, from its definition; sklearn's calibration_curve agrees per bin.
import numpy as np
import torch
from sklearn.calibration import calibration_curve


def reliability(conf, correct, bins=15):
    """For each non-empty bin (lo, hi] of confidence: its share of the samples, mean confidence, accuracy."""
    edges = torch.linspace(0, 1, bins + 1, dtype=torch.float64)
    rows = [(conf > lo) & (conf <= hi) for lo, hi in zip(edges[:-1], edges[1:])]
    rows = [b for b in rows if b.any()]
    share = torch.stack([b.double().mean() for b in rows])
    return share, torch.stack([conf[b].mean() for b in rows]), torch.stack([correct[b].mean() for b in rows])


torch.manual_seed(0)
conf = 0.5 + 0.5 * torch.rand(2000, dtype=torch.float64)  # confidence in the predicted class
correct = (torch.rand(2000, dtype=torch.float64) < conf - 0.1).double()  # right 10 points less often
share, mean_conf, acc = reliability(conf, correct)
print(f"ECE = {(share * (acc - mean_conf).abs()).sum():.6f}")
#> ECE = 0.109769

acc_sk, conf_sk = calibration_curve(correct.numpy(), conf.numpy(), n_bins=15)
print(f"sklearn, same bins: accuracy {np.allclose(acc_sk, acc.numpy())}, confidence {np.allclose(conf_sk, mean_conf.numpy())}")
#> sklearn, same bins: accuracy True, confidence True
print(f"unweighted mean of the bin gaps (a wrong ECE): {(acc - mean_conf).abs().mean():.6f}")
#> unweighted mean of the bin gaps (a wrong ECE): 0.113319
