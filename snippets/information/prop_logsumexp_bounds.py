# max z <= LSE(z) <= max z + log C: equal logits reach the upper bound, one finite logit the lower.
import math

import torch

C = 4
logits = {
    "spread": [2.0, 1.0, 0.1, -1.0],
    "one large": [8.0, 0.0, 0.0, 0.0],
    "one finite": [3.0, -math.inf, -math.inf, -math.inf],
    "equal": [3.0, 3.0, 3.0, 3.0],
}
print(f"log C = {math.log(C):.4f}")
#> log C = 1.3863
for name, values in logits.items():
    z = torch.tensor(values, dtype=torch.float64)
    lse, top = torch.logsumexp(z, dim=0), z.max()
    print(f"{name:10} max z = {top:.4f}  LSE = {lse:.4f}  max z + log C = {top + math.log(C):.4f}"
          f"  LSE - max z = {lse - top:.4f}")
    #> spread     max z = 2.0000  LSE = 2.4493  max z + log C = 3.3863  LSE - max z = 0.4493
    #> one large  max z = 8.0000  LSE = 8.0010  max z + log C = 9.3863  LSE - max z = 0.0010
    #> one finite max z = 3.0000  LSE = 3.0000  max z + log C = 4.3863  LSE - max z = 0.0000
    #> equal      max z = 3.0000  LSE = 4.3863  max z + log C = 4.3863  LSE - max z = 1.3863
# Both equality cases hold to the last bit in float64:
lse = {name: torch.logsumexp(torch.tensor(values, dtype=torch.float64), dim=0).item()
       for name, values in logits.items()}
print(lse["one finite"] == 3.0, lse["equal"] == 3.0 + math.log(C))
#> True True
