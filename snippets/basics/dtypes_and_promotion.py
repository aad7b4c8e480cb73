# The common dtypes, and what mixing them gives.
import torch

common = [torch.float16, torch.bfloat16, torch.float32, torch.float64, torch.int8, torch.int16,
          torch.int32, torch.int64, torch.uint8, torch.bool, torch.complex64, torch.complex128]
print(", ".join(str(d).removeprefix("torch.") for d in common))
#> float16, bfloat16, float32, float64, int8, int16, int32, int64, uint8, bool, complex64, complex128
print(len({v for v in vars(torch).values() if isinstance(v, torch.dtype)}), "dtype objects in this torch")  # more exotic ones too
#> 46 dtype objects in this torch

ints, floats = torch.tensor([1, 2]), torch.tensor([0.5, 0.5])
print((ints + floats).dtype, (ints / 2).dtype, (ints // 2).dtype)  # promotion to float; / is true division
#> torch.float32 torch.float32 torch.int64

# A 0-dim tensor or a Python number only decides the category (integer, float); the dtype stays the tensor's.
f32, f64, i32 = torch.ones(2), torch.ones(2, dtype=torch.float64), torch.ones(2, dtype=torch.int32)
print((f32 + f64).dtype, (f32 + torch.tensor(1.0, dtype=torch.float64)).dtype)  # (2,) float64 vs 0-dim float64
#> torch.float64 torch.float32
print((i32 + torch.tensor(1)).dtype, (i32 + 1).dtype, (i32 + 1.5).dtype)  # 0-dim int64, int, float
#> torch.int32 torch.int32 torch.float32

try:
    torch.tensor([1, 2], requires_grad=True)  # only floating point (and complex) tensors have gradients
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Only Tensors of floating point and complex dtype can require gradients
