# The source post's NLLLoss example: its print(input0) raises, but the numbers it shows are consistent.
import torch
import torch.nn.functional as F

try:
    input0  # the post prints input0, but no variable of that name exists  # noqa: B018, F821
except NameError as error:
    print(f"NameError: {error}")
    #> NameError: name 'input0' is not defined

# The log-probabilities the post prints (input_temp = F.log_softmax(input, dim=1)), and its target:
input_temp = torch.tensor([[-3.1498, -1.7311, -0.9935, -2.9399, -1.0303],
                           [-2.4030, -1.2345, -1.9903, -1.0578, -2.0046],
                           [-0.6991, -1.8396, -2.3656, -2.2445, -1.9366]])
target = torch.tensor([1, 0, 4])
print(input_temp.exp().sum(dim=1))  # each row is a distribution: log-probabilities indeed
#> tensor([1.0000, 1.0000, 1.0000])
print(F.nll_loss(input_temp, target))  # the post's printed output
#> tensor(2.0236)
print(f"{-(input_temp[0, 1] + input_temp[1, 0] + input_temp[2, 4]) / 3:.4f}")  # picked by hand, averaged
#> 2.0236
