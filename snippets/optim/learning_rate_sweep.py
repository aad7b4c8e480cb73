# Loss after 500 steps at four learning rates: which optimizer wins depends on the learning rate.
import math

import torch

problems = {
    "quadratic": (lambda w: 0.5 * (w[0] ** 2 + 50 * w[1] ** 2), [-1.5, 1.0]),
    "rosenbrock": (lambda w: (1 - w[0]) ** 2 + 100 * (w[1] - w[0] ** 2) ** 2, [-1.5, 2.0]),
}
optimizers = {
    "SGD": lambda p, lr: torch.optim.SGD(p, lr=lr),
    "momentum 0.9": lambda p, lr: torch.optim.SGD(p, lr=lr, momentum=0.9),
    "Adam": lambda p, lr: torch.optim.Adam(p, lr=lr),
}
learning_rates = [0.001, 0.01, 0.1, 1.0]
print(f"{'lr:':>24}" + "".join(f"{lr:>10}" for lr in learning_rates))
#>                      lr:     0.001      0.01       0.1       1.0
for problem, (f, start) in problems.items():
    for name, make in optimizers.items():
        losses = []
        for lr in learning_rates:
            w = torch.tensor(start, dtype=torch.float64, requires_grad=True)
            optimizer = make([w], lr)
            for _ in range(500):
                optimizer.zero_grad()
                loss = f(w)
                if not math.isfinite(loss.item()):
                    break  # diverged: stop early
                loss.backward()
                optimizer.step()
            loss = f(w).item()
            # below 1e-6 the minimum is reached for any practical purpose: tiny tails are not ranked
            cell = "diverged" if not math.isfinite(loss) else "< 1e-6" if loss < 1e-6 else f"{loss:.1e}"
            losses.append(f"{cell:>10}")
        print(f"{problem:10} {name:13}" + "".join(losses))
        #> quadratic  SGD             4.1e-01   4.9e-05  diverged  diverged
        #> quadratic  momentum 0.9    2.0e-05    < 1e-6  diverged  diverged
        #> quadratic  Adam            8.4e+00    < 1e-6    < 1e-6    < 1e-6
        #> rosenbrock SGD             4.5e+00  diverged  diverged  diverged
        #> rosenbrock momentum 0.9    4.4e-03  diverged  diverged  diverged
        #> rosenbrock Adam            5.9e+00   4.2e+00   9.4e-03   1.7e-04
