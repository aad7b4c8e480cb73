# The signatures of the clipping functions in the installed torch, read with inspect.signature.
import inspect

import torch
import torch.nn.utils as utils

print(torch.__version__.split("+")[0])
#> 2.13.0
for name in ["clip_grad_norm_", "clip_grad_value_", "get_total_norm", "clip_grads_with_norm_"]:
    print(f"{name}{inspect.signature(getattr(utils, name))}")
    #> clip_grad_norm_(parameters: Union[torch.Tensor, Iterable[torch.Tensor]], max_norm: float, norm_type: float = 2.0, error_if_nonfinite: bool = False, foreach: bool | None = None) -> torch.Tensor
    #> clip_grad_value_(parameters: Union[torch.Tensor, Iterable[torch.Tensor]], clip_value: float, foreach: bool | None = None) -> None
    #> get_total_norm(tensors: Union[torch.Tensor, Iterable[torch.Tensor]], norm_type: float = 2.0, error_if_nonfinite: bool = False, foreach: bool | None = None) -> torch.Tensor
    #> clip_grads_with_norm_(parameters: Union[torch.Tensor, Iterable[torch.Tensor]], max_norm: float, total_norm: torch.Tensor, foreach: bool | None = None) -> None
