# Six optimizers, 500 steps each, on an ill-conditioned quadratic and on the Rosenbrock function.
import torch

problems = {
    "quadratic": lambda w: 0.5 * (w[0] ** 2 + 50 * w[1] ** 2),  # curvatures 1 and 50
    "rosenbrock": lambda w: (1 - w[0]) ** 2 + 100 * (w[1] - w[0] ** 2) ** 2,  # minimum 0 at (1, 1)
}
optimizers = {
    "SGD lr=0.001": lambda p: torch.optim.SGD(p, lr=0.001),  # larger lr diverges on Rosenbrock
    "momentum 0.9": lambda p: torch.optim.SGD(p, lr=0.001, momentum=0.9),
    "Nesterov 0.9": lambda p: torch.optim.SGD(p, lr=0.001, momentum=0.9, nesterov=True),
    "Adagrad lr=0.5": lambda p: torch.optim.Adagrad(p, lr=0.5),
    "RMSprop lr=0.01": lambda p: torch.optim.RMSprop(p, lr=0.01),
    "Adam lr=0.05": lambda p: torch.optim.Adam(p, lr=0.05),
}
for problem, f in problems.items():
    start = [-1.5, 1.0] if problem == "quadratic" else [-1.5, 2.0]
    for name, make in optimizers.items():
        w = torch.tensor(start, dtype=torch.float64, requires_grad=True)
        optimizer, reached = make([w]), None
        for step in range(1, 501):
            optimizer.zero_grad()
            f(w).backward()
            optimizer.step()
            if reached is None and f(w).item() < 1e-6:
                reached = step  # the first step with a loss below 1e-6
        # below 1e-6 the minimum is reached for any practical purpose: count steps, not digits
        last = f"loss after 500 steps {f(w).item():.1e}"
        result = f"loss < 1e-6 after {reached:3} steps" if reached else last
        print(f"{problem:10} {name:16} {result}")
        #> quadratic  SGD lr=0.001     loss after 500 steps 4.1e-01
        #> quadratic  momentum 0.9     loss after 500 steps 2.0e-05
        #> quadratic  Nesterov 0.9     loss after 500 steps 2.2e-05
        #> quadratic  Adagrad lr=0.5   loss < 1e-6 after  25 steps
        #> quadratic  RMSprop lr=0.01  loss < 1e-6 after 239 steps
        #> quadratic  Adam lr=0.05     loss < 1e-6 after 149 steps
        #> rosenbrock SGD lr=0.001     loss after 500 steps 4.5e+00
        #> rosenbrock momentum 0.9     loss after 500 steps 4.4e-03
        #> rosenbrock Nesterov 0.9     loss after 500 steps 1.6e-03
        #> rosenbrock Adagrad lr=0.5   loss after 500 steps 3.9e+00
        #> rosenbrock RMSprop lr=0.01  loss after 500 steps 9.8e-01
        #> rosenbrock Adam lr=0.05     loss after 500 steps 1.1e-01
