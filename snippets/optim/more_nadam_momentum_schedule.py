# NAdam's momentum schedule mu_t = beta1 (1 - 0.5 * 0.96^(t psi)): near beta1 / 2 for thousands of steps.
import torch

beta1, psi = 0.9, 0.004  # psi is `momentum_decay`, default 0.004
mu = lambda t: beta1 * (1 - 0.5 * 0.96 ** (t * psi))  # noqa: E731
for t in [1, 2, 5, 100, 1000, 10000, 100000]:
    print(f"t = {t:6}: mu_t = {mu(t):.6f}")
    #> t =      1: mu_t = 0.450073
    #> t =      2: mu_t = 0.450147
    #> t =      5: mu_t = 0.450367
    #> t =    100: mu_t = 0.457288
    #> t =   1000: mu_t = 0.517794
    #> t =  10000: mu_t = 0.812085
    #> t = 100000: mu_t = 0.900000
product = 1.0
for t in range(1, 6):
    product *= mu(t)
print(f"mu_1 ... mu_5 = {product:.6e}   beta1^5 = {beta1**5:.6f}")
#> mu_1 ... mu_5 = 1.849804e-02   beta1^5 = 0.590490

# the product torch keeps in its state, after 5 steps
w = torch.zeros(1, dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.NAdam([w])
for _ in range(5):
    w.grad = torch.ones(1, dtype=torch.float64)
    optimizer.step()
product_in_state = optimizer.state[w]["mu_product"]
print(f"optimizer.state[w]['mu_product'] = {product_in_state.item():.6e}, {product_in_state.dtype}")
#> optimizer.state[w]['mu_product'] = 1.849804e-02, torch.float32
