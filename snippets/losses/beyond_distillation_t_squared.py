# Distillation (Hinton et al. 2015): the soft-target gradient shrinks like 1/T^2, so the loss is multiplied by T^2.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
N, C = 4, 10
teacher = 3 * torch.randn(N, C, dtype=torch.float64)  # the teacher's logits
student = torch.randn(N, C, dtype=torch.float64, requires_grad=True)  # the student's logits z

for T in [1, 2, 5, 10, 20, 50, 100]:
    p = F.log_softmax(teacher / T, dim=1)  # log of the soft targets
    log_q = F.log_softmax(student / T, dim=1)
    kl = F.kl_div(log_q, p, log_target=True, reduction="batchmean")  # KL(p || q), mean over samples
    (grad,) = torch.autograd.grad(kl, student)
    formula = (log_q.exp() - p.exp()) / (T * N)  # dKL/dz = (q - p) / T, per sample, / N for batchmean
    print(f"T = {T:3}: |grad| {grad.norm():.3e}  T^2 |grad| {T**2 * grad.norm():.5f}"
          f"  matches (q - p)/(T N): {torch.allclose(grad, formula)}")
    #> T =   1: |grad| 3.933e-01  T^2 |grad| 0.39335  matches (q - p)/(T N): True
    #> T =   2: |grad| 1.194e-01  T^2 |grad| 0.47749  matches (q - p)/(T N): True
    #> T =   5: |grad| 1.860e-02  T^2 |grad| 0.46500  matches (q - p)/(T N): True
    #> T =  10: |grad| 4.403e-03  T^2 |grad| 0.44030  matches (q - p)/(T N): True
    #> T =  20: |grad| 1.071e-03  T^2 |grad| 0.42851  matches (q - p)/(T N): True
    #> T =  50: |grad| 1.690e-04  T^2 |grad| 0.42245  matches (q - p)/(T N): True
    #> T = 100: |grad| 4.206e-05  T^2 |grad| 0.42065  matches (q - p)/(T N): True

d = (student - teacher).detach()
limit = (d - d.mean(dim=1, keepdim=True)) / (C * N)  # large T: q - p ~ (centered z - teacher) / (C T)
print(f"large-T limit of T^2 |grad|: {limit.norm():.5f}")
#> large-T limit of T^2 |grad|: 0.41897
