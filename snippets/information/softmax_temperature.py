# Dividing the logits by a temperature T sharpens (T < 1) or flattens (T > 1) the distribution.
import torch
import torch.nn.functional as F

z = torch.tensor([2.0, 1.0, 0.1])
for T in [0.5, 1.0, 2.0, 10.0]:
    print(f"T = {T:4}: {F.softmax(z / T, dim=0)}")
    #> T =  0.5: tensor([0.8638, 0.1169, 0.0193])
    #> T =  1.0: tensor([0.6590, 0.2424, 0.0986])
    #> T =  2.0: tensor([0.5017, 0.3043, 0.1940])
    #> T = 10.0: tensor([0.3661, 0.3312, 0.3027])
