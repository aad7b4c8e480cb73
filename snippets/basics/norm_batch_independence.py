# LayerNorm, RMSNorm and GroupNorm normalize each sample by itself: batch, batch size and train/eval change nothing.
import torch
import torch.nn as nn

torch.manual_seed(0)
batch = torch.randn(32, 16)  # 32 samples (say, tokens) with 16 features
others = 3 * torch.randn(7, 16) + 1  # 7 different samples
for layer in [nn.LayerNorm(16), nn.RMSNorm(16), nn.GroupNorm(4, 16), nn.BatchNorm1d(16)]:
    reference = layer(batch)[0]  # sample 0 among its 32, in training mode
    elsewhere = layer(torch.cat([batch[:1], others]))[0]  # the same sample among other samples
    layer.eval()
    evaluated = layer(batch[:1])[0]  # the same sample alone, in eval mode
    layer.train()
    try:
        alone = torch.allclose(layer(batch[:1])[0], reference)  # alone, in training mode
    except ValueError as error:
        alone = f"ValueError: {error}"
    print(f"{type(layer).__name__}: same in another batch {torch.allclose(elsewhere, reference)}, "
          f"in eval {torch.allclose(evaluated, reference)}, alone in training: {alone}")
    #> LayerNorm: same in another batch True, in eval True, alone in training: True
    #> RMSNorm: same in another batch True, in eval True, alone in training: True
    #> GroupNorm: same in another batch True, in eval True, alone in training: True
    #> BatchNorm1d: same in another batch False, in eval False, alone in training: ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 16])
