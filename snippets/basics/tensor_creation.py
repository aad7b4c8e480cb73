# Creating tensors: from Python numbers and lists, from NumPy, and from ranges.
import numpy as np
import torch

scalar = torch.tensor(3.5)  # 0-d: shape ()
vector = torch.tensor([1, 2, 3])  # Python ints become int64
matrix = torch.tensor([[1.0, 2.0], [3.0, 4.0]])  # Python floats become float32
from_array = torch.tensor(np.array([0.1, 0.2]))  # a copy; NumPy's float64 stays float64
for name, t in [("scalar", scalar), ("vector", vector), ("matrix", matrix), ("from NumPy", from_array)]:
    print(f"{name:10} shape {tuple(t.shape)}  dtype {t.dtype}")
    #> scalar     shape ()  dtype torch.float32
    #> vector     shape (3,)  dtype torch.int64
    #> matrix     shape (2, 2)  dtype torch.float32
    #> from NumPy shape (2,)  dtype torch.float64

print(torch.arange(0, 10, 3))  # start, end (excluded), step
#> tensor([0, 3, 6, 9])
print(torch.linspace(0, 1, 5))  # start, end (included), number of points
#> tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
