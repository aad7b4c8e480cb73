# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Optimizer lab
#
# This page is a notebook, executed when the site is built: every plot below was
# drawn by the code above it. [Download it as a notebook](lab_notebook.ipynb) and change
# the learning rates to see how each optimizer reacts.
#
# Two problems, both with their minimum known:
#
# - a **narrow valley**, $f(w) = \tfrac12 (w_0^2 + 25\, w_1^2)$, minimum $0$ at the origin;
# - the **Rosenbrock function**, $f(w) = (1 - w_0)^2 + 100\,(w_1 - w_0^2)^2$, minimum $0$ at $(1, 1)$.

# %%
import matplotlib.pyplot as plt
import torch


def valley(w):
    return 0.5 * (w[0] ** 2 + 25 * w[1] ** 2)


def rosenbrock(w):
    return (1 - w[0]) ** 2 + 100 * (w[1] - w[0] ** 2) ** 2


def race(f, start, optimizers, steps):
    """Run each optimizer from `start`; return its path and its loss at every step."""
    results = {}
    for name, make in optimizers.items():
        w = torch.tensor(start, dtype=torch.float64, requires_grad=True)
        optimizer = make([w])
        path, losses = [w.detach().clone()], [f(w).item()]
        for _ in range(steps):
            optimizer.zero_grad()
            f(w).backward()
            optimizer.step()
            path.append(w.detach().clone())
            losses.append(f(w).item())
        results[name] = (torch.stack(path).numpy(), losses)
    return results


def plot(f, results, extent, levels, title):
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    x0, x1, y0, y1 = extent
    grid0, grid1 = torch.meshgrid(torch.linspace(x0, x1, 300), torch.linspace(y0, y1, 300), indexing="xy")
    left.contour(grid0.numpy(), grid1.numpy(), f((grid0, grid1)).numpy(), levels=levels, colors="gray", linewidths=0.6)
    for name, (path, losses) in results.items():
        left.plot(path[:, 0], path[:, 1], marker=".", markersize=3, linewidth=1.2, label=name)
        right.semilogy(losses, label=name)
    left.set(xlim=(x0, x1), ylim=(y0, y1), xlabel="w0", ylabel="w1", title=title)
    right.set(xlabel="step", ylabel="loss (log scale)", title="loss against step")
    right.legend(fontsize=8)
    figure.tight_layout()
    plt.show()


# %% [markdown]
# ## The narrow valley
#
# Hyper-parameters: SGD, momentum and Nesterov with $\eta = 0.03$ and $\mu = 0.9$;
# RMSprop with $\eta = 0.05$; Adam with $\eta = 0.2$; 60 steps from $(-4, 1)$.

# %%
valley_optimizers = {
    "SGD": lambda p: torch.optim.SGD(p, lr=0.03),
    "momentum": lambda p: torch.optim.SGD(p, lr=0.03, momentum=0.9),
    "Nesterov": lambda p: torch.optim.SGD(p, lr=0.03, momentum=0.9, nesterov=True),
    "RMSprop": lambda p: torch.optim.RMSprop(p, lr=0.05),
    "Adam": lambda p: torch.optim.Adam(p, lr=0.2),
}
valley_results = race(valley, [-4.0, 1.0], valley_optimizers, steps=60)
plot(valley, valley_results, (-4.5, 1.5, -1.5, 1.5), [0.1, 0.5, 1, 2, 4, 8, 12], "narrow valley")
for name, (path, losses) in valley_results.items():
    print(f"{name:9} loss after 60 steps: {losses[-1]:.2e}")

# %% [markdown]
# Where each one is after 5, 10, 20 and 30 steps, as $(w_0, w_1)$: the valley floor is
# $w_1 = 0$ and the minimum is at $(0, 0)$.

# %%
for name, (path, losses) in valley_results.items():
    print(f"{name:9}", "  ".join(f"{step}: ({path[step, 0]:+.2f}, {path[step, 1]:+.3f})" for step in [5, 10, 20, 30]))

# %% [markdown]
# Plain SGD falls to the valley floor at once (the steep direction, $w_1$ is $+0.001$ after 5
# steps) but then creeps along it: $w_0$ is still $-1.60$ after 30 steps. Momentum keeps speed
# along the floor but swings across it ($w_1 = -0.633$ at step 10) and overshoots the minimum
# along it ($w_0 = +1.43$ at step 20). Nesterov's look-ahead damps the swings across the floor
# ($w_1 = +0.001$ at step 10), though it still overshoots along it ($w_0 = +1.04$ at step 20).
# RMSprop rescales each coordinate: it drops to the floor within about 10 steps ($w_1 = +0.003$)
# and then travels along it, faster than SGD ($w_0 = -0.60$ at step 30). Adam, with the larger
# learning rate and momentum, swings below the floor ($w_1 = -0.407$ at step 10) and past the
# minimum ($w_0 = +0.41$ at step 30) before coming back. Neither heads straight for the minimum.
#
# ## The Rosenbrock valley
#
# Hyper-parameters: SGD, momentum and Nesterov with $\eta = 0.001$ and $\mu = 0.9$
# (larger rates diverge on the steep walls); RMSprop with $\eta = 0.01$; Adam with
# $\eta = 0.05$; 500 steps from $(-1.5, 2)$.

# %%
rosenbrock_optimizers = {
    "SGD": lambda p: torch.optim.SGD(p, lr=0.001),
    "momentum": lambda p: torch.optim.SGD(p, lr=0.001, momentum=0.9),
    "Nesterov": lambda p: torch.optim.SGD(p, lr=0.001, momentum=0.9, nesterov=True),
    "RMSprop": lambda p: torch.optim.RMSprop(p, lr=0.01),
    "Adam": lambda p: torch.optim.Adam(p, lr=0.05),
}
rosenbrock_results = race(rosenbrock, [-1.5, 2.0], rosenbrock_optimizers, steps=500)
plot(rosenbrock, rosenbrock_results, (-2, 2, -1, 3), [0.5, 2, 8, 30, 100, 300, 1000], "Rosenbrock")
for name, (path, losses) in rosenbrock_results.items():
    print(f"{name:9} loss after 500 steps: {losses[-1]:.2e}, at ({path[-1, 0]:.3f}, {path[-1, 1]:.3f})")

# %% [markdown]
# Here the valley is curved, so no per-coordinate scaling straightens it: at these learning
# rates momentum and Nesterov, which keep their speed around the bend, get closest to
# $(1, 1)$ in 500 steps. Adam's step is about $\eta$ per coordinate whatever the gradient,
# so its learning rate decides how far it can travel: [Choosing an optimizer](choosing.md)
# shows it overtaking momentum with a larger one. Try other learning rates in the cells above.
