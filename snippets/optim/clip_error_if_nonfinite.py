# A nan or inf gradient: error_if_nonfinite=True raises; the default (False) spreads nan to every gradient.
import torch

for bad in [float("nan"), float("inf")]:
    a = torch.zeros(2, requires_grad=True)
    b = torch.zeros(2, requires_grad=True)
    a.grad, b.grad = torch.tensor([1.0, bad]), torch.tensor([3.0, 4.0])  # one bad entry in a
    try:
        torch.nn.utils.clip_grad_norm_([a, b], max_norm=1.0, error_if_nonfinite=True)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: The total norm of order 2.0 for gradients from `parameters` is non-finite, so it cannot be clipped. To disable this error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`
        #> RuntimeError: The total norm of order 2.0 for gradients from `parameters` is non-finite, so it cannot be clipped. To disable this error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`
    print(f"after the error: a.grad {a.grad.tolist()}, b.grad {b.grad.tolist()} (untouched)")
    #> after the error: a.grad [1.0, nan], b.grad [3.0, 4.0] (untouched)
    #> after the error: a.grad [1.0, inf], b.grad [3.0, 4.0] (untouched)
    total = torch.nn.utils.clip_grad_norm_([a, b], max_norm=1.0)  # the default: error_if_nonfinite=False
    print(f"default: total norm {total.item()}, a.grad {a.grad.tolist()}, b.grad {b.grad.tolist()}")
    #> default: total norm nan, a.grad [nan, nan], b.grad [nan, nan]
    #> default: total norm inf, a.grad [0.0, nan], b.grad [0.0, 0.0]
