# BCE targets must be floating point: the posts' integer labels raise.
import torch
import torch.nn as nn

x = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
y = torch.tensor([[0], [1], [0], [1]])  # int64, as torch.tensor makes from Python ints

criterion = nn.BCEWithLogitsLoss()
try:
    criterion(x, y)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: result type Float can't be cast to the desired output type Long

print(criterion(x, y.float()))  # the fix: convert the labels to float
#> tensor(1.1267)
