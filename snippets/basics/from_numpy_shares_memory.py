# torch.from_numpy shares the NumPy array's memory; torch.tensor copies it.
import numpy as np
import torch

array = np.array([0.1, 0.2])
shared, copied = torch.from_numpy(array), torch.tensor(array)
array[0] = 99.0  # change the array after making both tensors
print("from_numpy:", shared)
#> from_numpy: tensor([99.0000,  0.2000], dtype=torch.float64)
print("tensor:    ", copied)
#> tensor:     tensor([0.1000, 0.2000], dtype=torch.float64)
print(shared.dtype, copied.dtype)  # both keep NumPy's float64
#> torch.float64 torch.float64
