"""Every schedule of the schedulers page, lr against epoch, from the lrs its snippets record from torch."""

import contextlib
import io
import runpy
from pathlib import Path

import matplotlib.pyplot as plt

SNIPPETS = Path(__file__).resolve().parents[3] / "snippets/optim"


def run(name):
    with contextlib.redirect_stdout(io.StringIO()):
        return runpy.run_path(str(SNIPPETS / f"{name}.py"))


def draw():
    fixed = run("sched_step_multistep_exponential")["lrs"]
    onecycle = run("sched_onecycle")["lrs"]
    panels = [
        ("StepLR\nstep_size=3, gamma=0.5", {"": fixed["StepLR"]}),
        ("MultiStepLR\nmilestones=[2, 5], gamma=0.1", {"": fixed["MultiStepLR"]}),
        ("ExponentialLR\ngamma=0.8", {"": fixed["ExponentialLR"]}),
        ("CosineAnnealingLR\nT_max=4, eta_min=0.01", {"": run("sched_cosine_closed_form")["torch_lrs"]}),
        ("LinearLR (warm-up)\nstart_factor=0.25, total_iters=3", {"": run("sched_linear_warmup")["torch_lrs"]}),
        ("OneCycleLR\nmax_lr=1, total_steps=10", {"cos": onecycle["cos"], "linear": onecycle["linear"]}),
        ("SequentialLR\nLinearLR, then cosine from epoch 3", {"": run("sched_sequential_warmup_cosine")["torch_lrs"]}),
        ("ReduceLROnPlateau\nfactor=0.5, patience=2, cooldown=1", {"": run("sched_reduce_on_plateau")["torch_lrs"][:-1]}),
    ]
    figure, grid = plt.subplots(2, 4, figsize=(11, 5.4))
    for axes, (title, curves) in zip(grid.flat, panels):
        for (label, lrs), style in zip(curves.items(), ["-", "--"]):
            epochs = list(range(len(lrs) + 1))  # the lr of epoch t holds from t to t + 1
            axes.plot(epochs, lrs + lrs[-1:], style, drawstyle="steps-post",
                      linewidth=1.5, label=label or None)
        axes.set_title(title, fontsize=8.5)
        axes.set_xlabel("epoch", fontsize=8)
        axes.tick_params(labelsize=7.5)
        axes.set_ylim(bottom=0)
        if len(curves) > 1:
            axes.legend(frameon=False, fontsize=7.5)
    for axes in grid[:, 0]:
        axes.set_ylabel("lr", fontsize=8)
    figure.tight_layout()
    return figure
