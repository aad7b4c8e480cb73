# The 1e-6 in max_norm / (total_norm + 1e-6): a gradient whose norm equals max_norm is still scaled down (float64).
import torch

for g0 in [[3.0, 4.0], [1.5, 2.0], [0.0, 0.0]]:  # norms 5, 2.5 and 0; max_norm is 5
    p = torch.zeros(2, dtype=torch.float64, requires_grad=True)
    p.grad = torch.tensor(g0, dtype=torch.float64)
    total = torch.nn.utils.clip_grad_norm_([p], max_norm=5.0)
    print(f"norm {total.item()!r}: scale min(5 / ({total.item():.2f} + 1e-6), 1) = "
          f"{min(5.0 / (total.item() + 1e-6), 1.0):.10f}, gradient after {p.grad.tolist()}")
    #> norm 5.0: scale min(5 / (5.00 + 1e-6), 1) = 0.9999998000, gradient after [2.99999940000012, 3.99999920000016]
    #> norm 2.5: scale min(5 / (2.50 + 1e-6), 1) = 1.0000000000, gradient after [1.5, 2.0]
    #> norm 0.0: scale min(5 / (0.00 + 1e-6), 1) = 1.0000000000, gradient after [0.0, 0.0]
