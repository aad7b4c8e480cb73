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
# # 优化器实验 {#optimizer-lab}
#
# 这一页是一个 notebook，在构建网站时执行：下面的每张图都由它上方的代码画出。
# [下载这个 notebook](lab_notebook.ipynb)，改一改学习率（learning rate），看看每个优化器（optimizer）如何反应。
#
# 两个问题，最小值都是已知的：
#
# - 一个**狭窄的山谷**，$f(w) = \tfrac12 (w_0^2 + 25\, w_1^2)$，最小值 $0$ 在原点；
# - **Rosenbrock 函数**，$f(w) = (1 - w_0)^2 + 100\,(w_1 - w_0^2)^2$，最小值 $0$ 在 $(1, 1)$。

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
# ## 狭窄的山谷 {#the-narrow-valley}
#
# 超参数：SGD、动量（momentum）和 Nesterov 动量（Nesterov momentum）取 $\eta = 0.03$、$\mu = 0.9$；
# RMSprop 取 $\eta = 0.05$；Adam 取 $\eta = 0.2$；从 $(-4, 1)$ 出发走 60 步。

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
# 每种方法在第 5、10、20 和 30 步时的位置 $(w_0, w_1)$：谷底是
# $w_1 = 0$，最小值在 $(0, 0)$。

# %%
for name, (path, losses) in valley_results.items():
    print(f"{name:9}", "  ".join(f"{step}: ({path[step, 0]:+.2f}, {path[step, 1]:+.3f})" for step in [5, 10, 20, 30]))

# %% [markdown]
# 普通 SGD 立刻落到谷底（陡峭的方向 $w_1$ 在 5 步之后是 $+0.001$），
# 然后沿谷底慢慢爬：30 步之后 $w_0$ 仍是 $-1.60$。动量沿谷底保持速度，
# 但在横跨谷底的方向上来回摆动（第 10 步 $w_1 = -0.633$），沿谷底方向也冲过了最小值
# （第 20 步 $w_0 = +1.43$）。Nesterov 的前瞻减弱了横跨谷底的摆动
# （第 10 步 $w_1 = +0.001$），不过沿谷底方向仍会冲过头（第 20 步 $w_0 = +1.04$）。
# RMSprop 对每个坐标分别缩放：大约 10 步之内就落到谷底（$w_1 = +0.003$），
# 然后沿谷底前进，比 SGD 快（第 30 步 $w_0 = -0.60$）。Adam 的学习率更大，又带有动量，
# 它摆到谷底下方（第 10 步 $w_1 = -0.407$），并越过最小值（第 30 步 $w_0 = +0.41$），
# 然后才折返。两者都不是径直奔向最小值的。
#
# ## Rosenbrock 山谷 {#the-rosenbrock-valley}
#
# 超参数：SGD、动量和 Nesterov 动量取 $\eta = 0.001$、$\mu = 0.9$
# （更大的学习率会在陡峭的谷壁上发散）；RMSprop 取 $\eta = 0.01$；Adam 取
# $\eta = 0.05$；从 $(-1.5, 2)$ 出发走 500 步。

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
# 这里的山谷是弯曲的，所以按坐标的缩放无法把它拉直：在这些学习率下，
# 能在转弯处保持速度的动量和 Nesterov 动量，在 500 步内最接近 $(1, 1)$。
# 不管梯度（gradient）多大，Adam 每一步在每个坐标上大约移动 $\eta$，
# 所以它的学习率决定了它能走多远：[如何选择优化器](choosing.md)
# 一页展示了它用更大的学习率超过动量。在上面的单元格里试试别的学习率。
