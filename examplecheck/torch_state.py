"""Put torch's process-wide state back to what a fresh `python snippet.py` starts with.

Snippets run in one process for speed, so anything one of them changes globally
(print options, default dtype, grad mode, the RNG) must not leak into the next.
"""

import torch


def reset() -> None:
    torch.set_printoptions(profile="default")  # also resets sci_mode to automatic
    torch.set_default_dtype(torch.float32)
    torch.set_grad_enabled(True)
    torch.use_deterministic_algorithms(False)
    torch.autograd.set_detect_anomaly(False)
    # A fresh process starts from a random seed, and so do we: a snippet whose
    # output depends on randomness it did not seed fails instead of passing by luck.
    torch.seed()
