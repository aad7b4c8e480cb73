# Adam(amsgrad=True): v_max = max(v_max, v) over the UNCORRECTED v, then v_hat = v_max / (1 - beta2^t).
import torch

lr, (beta1, beta2), eps = 0.1, (0.9, 0.999), 1e-8
grads = [1.0, 1.0, 100.0] + [1.0] * 5  # a single large gradient at step 3, small ones around it

w = torch.zeros(1, dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.Adam([w], lr=lr, betas=(beta1, beta2), eps=eps, amsgrad=True)
theta, m, v, v_max = (torch.zeros(1, dtype=torch.float64) for _ in range(4))
wrong, v_hat_max = torch.zeros(1, dtype=torch.float64), torch.zeros(1, dtype=torch.float64)
for t, g in enumerate(torch.tensor(grads, dtype=torch.float64).unsqueeze(1), start=1):
    w.grad = g.clone()
    optimizer.step()
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g**2
    v_max = torch.maximum(v_max, v)  # the max of the raw v ...
    v_hat = v_max / (1 - beta2**t)  # ... divided by the CURRENT correction, which grows towards 1
    theta = theta - lr * (m / (1 - beta1**t)) / (v_hat.sqrt() + eps)
    v_hat_max = torch.maximum(v_hat_max, v / (1 - beta2**t))  # a wrong reading: the max of v_hat
    wrong = wrong - lr * (m / (1 - beta1**t)) / (v_hat_max.sqrt() + eps)
    step_size, papers = lr / v_hat.sqrt().item(), lr / v_max.sqrt().item()
    print(f"step {t}: torch {w.item():+.8f} scratch {theta.item():+.8f}   "
          f"lr/sqrt(v_hat) {step_size:.5f}   paper's lr/sqrt(v_max) {papers:.4f}")
    #> step 1: torch -0.10000000 scratch -0.10000000   lr/sqrt(v_hat) 0.10000   paper's lr/sqrt(v_max) 3.1623
    #> step 2: torch -0.20000000 scratch -0.20000000   lr/sqrt(v_hat) 0.10000   paper's lr/sqrt(v_max) 2.2366
    #> step 3: torch -0.26496724 scratch -0.26496724   lr/sqrt(v_hat) 0.00173   paper's lr/sqrt(v_max) 0.0316
    #> step 4: torch -0.31873891 scratch -0.31873891   lr/sqrt(v_hat) 0.00200   paper's lr/sqrt(v_max) 0.0316
    #> step 5: torch -0.36471094 scratch -0.36471094   lr/sqrt(v_hat) 0.00223   paper's lr/sqrt(v_max) 0.0316
    #> step 6: torch -0.40483513 scratch -0.40483513   lr/sqrt(v_hat) 0.00245   paper's lr/sqrt(v_max) 0.0316
    #> step 7: torch -0.44036455 scratch -0.44036455   lr/sqrt(v_hat) 0.00264   paper's lr/sqrt(v_max) 0.0316
    #> step 8: torch -0.47216591 scratch -0.47216591   lr/sqrt(v_hat) 0.00282   paper's lr/sqrt(v_max) 0.0316
print(torch.allclose(w.detach(), theta), f"max of v_hat instead: {wrong.item():+.8f}")
#> True max of v_hat instead: -0.41834882
