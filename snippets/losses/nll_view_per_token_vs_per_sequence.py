# Padded sequences: CrossEntropyLoss with ignore_index averages over real tokens, not over sequences.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
PAD = -100  # the default ignore_index
z = torch.randn(2, 5, 7, dtype=torch.float64)  # (sequences, positions, vocabulary of 7 tokens)
y = torch.tensor([[3, 1, 4, 1, 5], [2, 6, PAD, PAD, PAD]])  # lengths 5 and 2

per_token = F.cross_entropy(z.reshape(-1, 7), y.reshape(-1), ignore_index=PAD)
token_losses = F.cross_entropy(z.transpose(1, 2), y, ignore_index=PAD, reduction="none")  # (2, 5), 0 at PAD
lengths = (y != PAD).sum(dim=1)
print(f"token losses:\n{token_losses.numpy().round(4)}")
#> token losses:
#> [[0.6257 4.1631 3.0393 1.7775 1.7083]
#>  [3.394  5.4879 0.     0.     0.    ]]
print(f"per-token mean    {per_token:.6f} = sum / 7 tokens {token_losses.sum() / lengths.sum():.6f}")
#> per-token mean    2.885121 = sum / 7 tokens 2.885121
per_sequence = (token_losses.sum(dim=1) / lengths).mean()
print(f"per-sequence mean {per_sequence:.6f} (each sequence's mean, then the mean over sequences)")
#> per-sequence mean 3.351878 (each sequence's mean, then the mean over sequences)
print(f"mean over all 10 slots, padding as 0: {token_losses.mean():.6f}")
#> mean over all 10 slots, padding as 0: 2.019585
