# Without bias correction the first step is too LARGE: m_1 = 0.1 g but sqrt(v_1) = sqrt(0.001) |g|.
import torch

lr, (beta1, beta2), eps = 0.01, (0.9, 0.999), 1e-8
g = torch.tensor([-3.0, 250.0], dtype=torch.float64)  # two gradients of very different sizes


def show(step):  # the size of each coordinate's step, in units of lr
    return "  ".join(f"{x:.2f}" for x in (step / lr).abs().tolist())


m1, v1 = (1 - beta1) * g, (1 - beta2) * g**2  # Adam's moments after one step, from m_0 = v_0 = 0
print("Adam without correction: step / lr =", show(lr * m1 / (v1.sqrt() + eps)))
#> Adam without correction: step / lr = 3.16  3.16
m1_hat, v1_hat = m1 / (1 - beta1), v1 / (1 - beta2)
print("Adam with correction:    step / lr =", show(lr * m1_hat / (v1_hat.sqrt() + eps)))
#> Adam with correction:    step / lr = 1.00  1.00

w = torch.zeros(2, dtype=torch.float64, requires_grad=True)  # RMSprop has no correction: v_1 = 0.01 g^2
optimizer = torch.optim.RMSprop([w], lr=lr)  # alpha = 0.99
w.grad = g.clone()
optimizer.step()
print("torch RMSprop:           step / lr =", show(w.detach()))
#> torch RMSprop:           step / lr = 10.00  10.00
