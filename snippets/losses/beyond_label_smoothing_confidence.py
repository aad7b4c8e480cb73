# Label smoothing caps the confidence that minimizes the loss at 1 - eps + eps/C; without it, confidence keeps growing.
import math

import torch
import torch.nn.functional as F

C, eps = 10, 0.1
y = torch.tensor([3])
for smoothing in [0.0, eps]:
    z = torch.zeros(1, C, dtype=torch.float64, requires_grad=True)  # free logits for one sample
    opt = torch.optim.SGD([z], lr=1.0)
    for step in range(1, 1001):
        opt.zero_grad()
        F.cross_entropy(z, y, label_smoothing=smoothing).backward()
        opt.step()
        if step in (10, 100, 1000):
            q = F.softmax(z, dim=1)[0, 3].item()
            gap = (z[0, 3] - z[0, 0]).item()  # every other logit stays equal to z_0
            print(f"label_smoothing {smoothing}: step {step:4}: q_y = {q:.4f}, logit gap {gap:.2f}")
            #> label_smoothing 0.0: step   10: q_y = 0.8906, logit gap 4.29
            #> label_smoothing 0.0: step  100: q_y = 0.9907, logit gap 6.87
            #> label_smoothing 0.0: step 1000: q_y = 0.9991, logit gap 9.21
            #> label_smoothing 0.1: step   10: q_y = 0.8344, logit gap 3.81
            #> label_smoothing 0.1: step  100: q_y = 0.9100, logit gap 4.51
            #> label_smoothing 0.1: step 1000: q_y = 0.9100, logit gap 4.51
print(f"the smoothed target's q_y = 1 - eps + eps/C = {1 - eps + eps / C:.4f}, logit gap log(0.91 / 0.01) = {math.log(91):.2f}")
#> the smoothed target's q_y = 1 - eps + eps/C = 0.9100, logit gap log(0.91 / 0.01) = 4.51
