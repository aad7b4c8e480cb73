"""The interactive figures draw the numbers PyTorch computes.

Each widget's arithmetic lives in one JavaScript module under docs/assets/widgets/
(optimizers.js, softmax.js, information.js, bce.js), the same file the pages load. This
runs a fixed grid of settings through torch in float64 and through those modules in
one node process (fed the whole grid as JSON on stdin), and fails on the first step of
each setting where any value differs, naming the widget, the setting and the step.

Tolerance: 1e-9 relative, with an absolute floor of 1e-12 for values near 0 (a loss
near its minimum 0, an iterate crossing 0, a probability that underflows), where
relative differences of roundoff size are meaningless. Non-finite values must match
exactly (both nan, or the same infinity).

The float32 route of the BCE widget (sigmoid then BCELoss, one logit at a time as the
widget computes it) is compared to 2 float32 ulps (2**-22 relative): bce.js rounds each
operation correctly to float32, while torch's float32 kernels call the C library's
logf/log1pf, which can be 1 ulp off (at z = 1.5, y = 0, torch's loss is 1.7014131546,
the correctly rounded value 1.7014130354). The logits where that route breaks must
equal, bit for bit, what snippets/losses/bce_sigmoid_limits.py finds on the page.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import math
import runpy
import shutil
import subprocess
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parent.parent
WIDGETS = ROOT / "docs" / "assets" / "widgets"
RTOL = 1e-9
ATOL = 1e-12
FLOAT32_RTOL = 2.0**-22  # two float32 ulps, for the float32 route of the BCE widget only
FLOAT32_ROUTE = "sigmoidThenBCELoss"
STEPS = 200
SHOWN = 8  # mismatching settings listed per widget

# --- the grid ----------------------------------------------------------------------------

# The playground's surfaces, as a reader would write them in torch, and the starts tried.
SURFACES = {
    "valley": lambda w: 0.5 * (w[0] ** 2 + 50 * w[1] ** 2),
    "rosenbrock": lambda w: (1 - w[0]) ** 2 + 100 * (w[1] - w[0] ** 2) ** 2,
    "saddle": lambda w: w[0] ** 2 - w[1] ** 2,
}
STARTS = {"valley": [(-1.5, 1.0)], "rosenbrock": [(-1.5, 2.0)], "saddle": [(-1.5, 0.1), (1.0, 0.0)]}

# Every optimizer the playground offers, at its defaults (an empty dict: the JS defaults
# must be torch's) and at several learning rates and argument values, diverging ones included.
OPTIMIZER_SETTINGS = {
    "SGD": [{}, {"lr": 0.01}, {"lr": 0.03}, {"lr": 0.05}, {"lr": 0.01, "momentum": 0.9},
            {"lr": 0.001, "momentum": 0.9}, {"lr": 0.05, "momentum": 0.9},
            {"lr": 0.01, "momentum": 0.9, "nesterov": True}, {"lr": 0.03, "momentum": 0.9, "nesterov": True},
            {"lr": 0.01, "momentum": 0.5, "dampening": 0.5, "weight_decay": 0.1}, {"lr": 0.01, "maximize": True}],
    "Adagrad": [{}, {"lr": 0.1}, {"lr": 0.5},
                {"lr": 0.5, "lr_decay": 0.01, "initial_accumulator_value": 0.1, "weight_decay": 0.01, "eps": 1e-6}],
    "RMSprop": [{}, {"lr": 0.001}, {"lr": 0.05}, {"lr": 0.01, "centered": True}, {"lr": 0.01, "momentum": 0.9},
                {"lr": 0.01, "centered": True, "momentum": 0.5, "alpha": 0.9, "weight_decay": 0.01},
                {"lr": 0.01, "eps": 1e-3}],
    "Adadelta": [{}, {"lr": 0.1}, {"lr": 10.0, "rho": 0.5}, {"weight_decay": 0.1, "eps": 1e-4}],
    "Adam": [{}, {"lr": 0.01}, {"lr": 0.05}, {"lr": 0.1}, {"lr": 1.0}, {"lr": 0.1, "amsgrad": True},
             {"lr": 0.1, "betas": (0.5, 0.9)},
             {"lr": 0.1, "eps": 0.1}, {"lr": 0.1, "weight_decay": 0.1},
             {"lr": 0.1, "weight_decay": 0.1, "decoupled_weight_decay": True}],
    "AdamW": [{}, {"lr": 0.1}, {"lr": 0.1, "weight_decay": 0.5, "amsgrad": True},
              {"lr": 0.1, "betas": (0.8, 0.99), "eps": 1e-4}],
    "Adamax": [{}, {"lr": 0.1}, {"lr": 0.1, "betas": (0.8, 0.99), "weight_decay": 0.01}, {"lr": 0.1, "eps": 1e-3}],
    "NAdam": [{}, {"lr": 0.1}, {"lr": 0.1, "momentum_decay": 0.01}, {"lr": 0.1, "weight_decay": 0.1},
              {"lr": 0.1, "weight_decay": 0.1, "decoupled_weight_decay": True},
              {"lr": 0.1, "betas": (0.8, 0.99), "eps": 1e-4}],
    "RAdam": [{}, {"lr": 0.1}, {"lr": 0.1, "betas": (0.9, 0.99)}, {"lr": 0.1, "weight_decay": 0.1},
              {"lr": 0.1, "weight_decay": 0.1, "decoupled_weight_decay": True}, {"lr": 0.1, "eps": 1e-4}],
}
# What the JS defaults must equal; torch's implementation switches are not arguments of the math.
NOT_MATH = {"foreach", "fused", "capturable", "differentiable"}

SOFTMAX_LOGITS = [[2.0, 1.0, 0.1], [0.0, 0.0, 0.0], [1.0, -1.0, 3.0], [-5.0, 5.0, 0.5], [10.0, -10.0, 0.0],
                  [100.0, 0.0, -100.0], [1000.0, 999.0, -1000.0]]
SOFTMAX_TEMPERATURES = [0.05, 0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 100.0]


def information_pairs() -> list[tuple[list[float], list[float]]]:
    """Distribution pairs: the entropy page's, zeros in p, in q and in both, equal ones, random ones."""
    pairs = [([0.5, 0.3, 0.2], [0.25, 0.25, 0.5]), ([0.25, 0.25, 0.5], [0.5, 0.3, 0.2]),
             ([1 / 3, 1 / 3, 1 / 3], [0.98, 0.01, 0.01]), ([1.0, 0.0, 0.0], [0.4, 0.3, 0.3]),
             ([0.5, 0.5, 0.0], [0.2, 0.3, 0.5]), ([0.5, 0.5, 0.0], [0.5, 0.5, 0.0]),
             ([0.6, 0.4, 0.0], [0.0, 0.7, 0.3]), ([0.2, 0.3, 0.5], [0.2, 0.3, 0.5]),
             ([1 - 2e-12, 1e-12, 1e-12], [0.999, 0.0005, 0.0005])]
    generator = torch.Generator().manual_seed(0)
    for _ in range(20):
        p, q = F.softmax(2 * torch.randn(2, 3, generator=generator, dtype=torch.float64), dim=1)
        pairs.append((p.tolist(), q.tolist()))
    return pairs


def bce_logits() -> list[float]:
    """A grid from -100 to 40 and the float32 neighbours of each limit the page names."""
    grid = [x / 2 for x in range(-200, 81)]
    edges = [-88.72283935546875, -88.72283172607422, -27.631, -27.632, 16.635530471801758, 16.63553237915039, 0.3]
    return grid + edges


def settings() -> dict[str, list[dict]]:
    optimizers = [{"name": name, "options": options, "surface": surface, "start": list(start), "steps": STEPS}
                  for name, grid in OPTIMIZER_SETTINGS.items() for options in grid
                  for surface, starts in STARTS.items() for start in starts]
    softmax = [{"z": z, "T": T, "y": y} for z in SOFTMAX_LOGITS for T in SOFTMAX_TEMPERATURES for y in range(3)]
    information = [{"p": p, "q": q} for p, q in information_pairs()]
    bce = [{"z": z, "y": y} for z in bce_logits() for y in (0.0, 1.0, 0.3)]
    return {"optimizers": optimizers, "softmax": softmax, "information": information, "bce": bce,
            "defaults": list(OPTIMIZER_SETTINGS)}


# --- torch --------------------------------------------------------------------------------


def torch_optimizer(setting: dict) -> dict:
    f = SURFACES[setting["surface"]]
    w = torch.tensor(setting["start"], dtype=torch.float64, requires_grad=True)
    optimizer = getattr(torch.optim, setting["name"])([w], **setting["options"])
    path, loss = [w.tolist()], []
    for _ in range(setting["steps"]):
        optimizer.zero_grad()
        value = f(w)
        value.backward()
        optimizer.step()
        loss.append(value.item())
        path.append(w.tolist())
    with torch.no_grad():
        loss.append(f(w).item())
    return {"path": path, "loss": loss}


def torch_softmax(setting: dict) -> dict:
    s = torch.tensor(setting["z"], dtype=torch.float64) / setting["T"]
    q, log_q = F.softmax(s, dim=0), F.log_softmax(s, dim=0)
    # H(q) = -sum q log q with log_softmax's log q. (Categorical(logits=s).entropy() agrees to
    # 1e-9 except at z / T = (20000, 19980, -20000), where its logsumexp of size 2e4 leaves an
    # absolute error of 1.6e-12 on an entropy of 4.3e-8.)
    return {"q": q.tolist(), "logQ": log_q.tolist(), "entropy": -(q * log_q).sum().item(),
            "crossEntropy": F.cross_entropy(s[None], torch.tensor([setting["y"]])).item()}


def torch_kl(p: torch.Tensor, q: torch.Tensor) -> float:
    """F.kl_div(log q, p); where q_c = p_c = 0 it returns nan, so there the xlogy form the page recommends."""
    if bool(((p == 0) & (q == 0)).any()):
        return (torch.xlogy(p, p) - torch.xlogy(p, q)).sum().item()
    return F.kl_div(q.log(), p, reduction="sum").item()


def torch_information(setting: dict) -> dict:
    p, q = (torch.tensor(setting[k], dtype=torch.float64) for k in "pq")
    return {"entropyP": torch.special.entr(p).sum().item(), "crossEntropy": -torch.xlogy(p, q).sum().item(),
            "klPQ": torch_kl(p, q), "klQP": torch_kl(q, p)}


def torch_bce(setting: dict) -> dict:
    result = {}
    for route, dtype in [("withLogits", torch.float64), ("sigmoidThenBCELoss", torch.float32)]:
        z = torch.tensor([setting["z"]], dtype=dtype, requires_grad=True)
        y = torch.tensor([setting["y"]], dtype=dtype)
        if route == "withLogits":
            loss = F.binary_cross_entropy_with_logits(z, y, reduction="sum")
        else:
            loss = F.binary_cross_entropy(torch.sigmoid(z), y, reduction="sum")
        loss.backward()
        result[route] = {"loss": loss.item(), "grad": z.grad.item()}
    return result


def torch_defaults(name: str) -> dict:
    p = torch.zeros(2, dtype=torch.float64, requires_grad=True)
    defaults = getattr(torch.optim, name)([p]).defaults
    return {k: list(v) if isinstance(v, tuple) else v for k, v in defaults.items() if k not in NOT_MATH}


# --- node ---------------------------------------------------------------------------------

# One process for the whole grid: read the settings, run each through its module, write the results.
NODE_RUNNER = r"""
const path = require("path");
const load = (name) => require(path.join(process.argv[1], name));
const optimizers = load("optimizers.js"), softmax = load("softmax.js");
const information = load("information.js"), bce = load("bce.js"), playground = load("playground.js");
const openings = {softmax: load("softmax-widget.js").DEFAULT_STATE,
  information: load("information-widget.js").DEFAULT_STATE, bce: load("bce-widget.js").DEFAULT_STATE};
const compute = {
  optimizers: (s) => optimizers.run(s.name, s.options, s.surface, s.start, s.steps),
  softmax: (s) => softmax.evaluate(s.z, s.T, s.y),
  information: (s) => information.evaluate(s.p, s.q),
  bce: (s) => bce.evaluate(s.z, s.y),
  defaults: (name) => optimizers.options(name, {}),
};
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const jobs = JSON.parse(input);
  const opening = playground.DEFAULT_STATE;
  const results = {bceLimits: bce.limits(), openings, playground: {
    runs: opening.runs.filter((run) => run.on).map((run) => [run.name, run.args]), surface: opening.surface,
    start: playground.VIEWS[opening.surface].start, steps: opening.steps, maxSteps: playground.MAX_STEPS,
    offered: playground.OPTIMIZER_ARGS}};
  for (const [widget, list] of Object.entries(jobs)) results[widget] = list.map(compute[widget]);
  // JSON has no NaN or Infinity: send them as strings.
  process.stdout.write(JSON.stringify(results, (k, v) => (typeof v === "number" && !isFinite(v) ? String(v) : v)));
});
"""

NON_FINITE = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


def from_node(value):
    if isinstance(value, str) and value in NON_FINITE:
        return NON_FINITE[value]
    if isinstance(value, list):
        return [from_node(v) for v in value]
    if isinstance(value, dict):
        return {k: from_node(v) for k, v in value.items()}
    return value


@pytest.fixture(scope="module")
def grid():
    node = shutil.which("node")
    if node is None:
        pytest.fail("node not found: the widget check runs the site's JavaScript in node", pytrace=False)
    jobs = settings()
    result = subprocess.run([node, "-e", NODE_RUNNER, str(WIDGETS)], input=json.dumps(jobs),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"node failed:\n{result.stderr[-3000:]}"
    return jobs, from_node(json.loads(result.stdout, parse_int=float))


# --- comparison ---------------------------------------------------------------------------


def differs(expected: float, got, rtol: float = RTOL) -> bool:
    if not isinstance(got, (int, float)) or isinstance(got, bool):
        return True
    if math.isnan(expected) or math.isinf(expected):
        return not (math.isnan(expected) and math.isnan(got)) and expected != got
    if math.isnan(got) or math.isinf(got):
        return True
    return abs(got - expected) > max(rtol * abs(expected), ATOL)


def first_difference(expected, got, where: str = "") -> str | None:
    """Where two nested results first differ ("q[2]: torch 0.1 JS 0.2"), or None."""
    if isinstance(expected, dict):
        for key in expected:
            found = first_difference(expected[key], got.get(key) if isinstance(got, dict) else None,
                                     f"{where}.{key}" if where else key)
            if found:
                return found
        return None
    if isinstance(expected, list):
        if not isinstance(got, list) or len(got) != len(expected):
            return f"{where}: torch has {len(expected)} values, JS {len(got) if isinstance(got, list) else got!r}"
        for i, (e, g) in enumerate(zip(expected, got)):
            found = first_difference(e, g, f"{where}[{i}]")
            if found:
                return found
        return None
    if differs(expected, got, FLOAT32_RTOL if where.startswith(FLOAT32_ROUTE) else RTOL):
        return f"{where}: torch {expected!r}, JS {got!r}"
    return None


def report(widget: str, failures: list[str], pairs: int) -> str:
    shown = "\n  ".join(failures[:SHOWN])
    more = f"\n  ... and {len(failures) - SHOWN} more settings" if len(failures) > SHOWN else ""
    return (f"{widget}: {len(failures)} setting(s) differ from torch by more than {RTOL:g} relative "
            f"(absolute floor {ATOL:g}); {pairs} (setting, step) pairs compared:\n  {shown}{more}")


def describe(setting: dict) -> str:
    options = ", ".join(f"{k}={v}" for k, v in setting["options"].items()) or "defaults"
    return f"{setting['name']}({options}) on {setting['surface']} from {tuple(setting['start'])}"


# --- the tests ----------------------------------------------------------------------------


def test_optimizer_defaults_are_torchs(grid):
    jobs, js = grid
    wrong = []
    for name, got in zip(jobs["defaults"], js["defaults"]):
        expected = torch_defaults(name)
        for key, value in expected.items():
            if key not in got or got[key] != value:
                wrong.append(f"{name}: {key} is {got.get(key, 'missing')!r} in optimizers.js, {value!r} in torch")
    assert not wrong, "optimizer defaults differ:\n  " + "\n  ".join(wrong)


def test_optimizer_playground_matches_torch_optim(grid):
    jobs, js = grid
    failures, pairs = [], 0
    for setting, got in zip(jobs["optimizers"], js["optimizers"]):
        expected = torch_optimizer(setting)
        pairs += len(expected["loss"])
        for step in range(len(expected["loss"])):
            found = first_difference({"w": expected["path"][step], "loss": expected["loss"][step]},
                                     {"w": got["path"][step], "loss": got["loss"][step]})
            if found:
                failures.append(f"{describe(setting)}, step {step}: {found}")
                break
    print(f"optimizer playground: {pairs} (setting, step) pairs compared, "
          f"{len(jobs['optimizers'])} runs of {STEPS} steps")
    assert pairs == len(jobs["optimizers"]) * (STEPS + 1)
    assert not failures, report("optimizer playground (optimizers.js)", failures, pairs)


def check_each(widget: str, jobs: list[dict], got: list[dict], reference) -> None:
    failures = []
    for setting, result in zip(jobs, got):
        found = first_difference(reference(setting), result)
        if found:
            failures.append(f"{json.dumps(setting)}: {found}")
    print(f"{widget}: {len(jobs)} (setting, step) pairs compared (one step each)")
    assert len(got) == len(jobs)
    assert not failures, report(widget, failures, len(jobs))


def test_softmax_widget_matches_torch(grid):
    jobs, js = grid
    check_each("softmax temperature (softmax.js)", jobs["softmax"], js["softmax"], torch_softmax)


def test_information_widget_matches_torch(grid):
    jobs, js = grid
    check_each("cross-entropy and KL (information.js)", jobs["information"], js["information"], torch_information)


def test_bce_widget_matches_torch(grid):
    jobs, js = grid
    check_each("BCE against the logit (bce.js)", jobs["bce"], js["bce"],
               lambda s: {k: v for k, v in torch_bce(s).items()})


def test_bce_widget_marks_the_limits_the_page_finds(grid):
    _, js = grid
    with contextlib.redirect_stdout(io.StringIO()):
        limits = runpy.run_path(str(ROOT / "snippets/losses/bce_sigmoid_limits.py"))
    expected = {"oneFrom": limits["one_from"], "zeroFrom": limits["zero_from"], "clampFrom": limits["clamp_from"]}
    assert js["bceLimits"] == expected, \
        f"bce.js limits {js['bceLimits']}, snippets/losses/bce_sigmoid_limits.py {expected}"


def test_the_playground_opens_on_the_snippets_runs_and_offers_only_checked_steps(grid):
    """The page's snippet (and the static figure drawn from it) shows the widget's opening state;
    each of its runs is in the grid above, so the opening numbers are checked too."""
    _, js = grid
    with contextlib.redirect_stdout(io.StringIO()):
        snippet = runpy.run_path(str(ROOT / "snippets/optim/playground_default_runs.py"))
    opening = js["playground"]
    assert opening["surface"] == "valley", opening["surface"]
    assert [list(run) for run in snippet["runs"]] == opening["runs"], (snippet["runs"], opening["runs"])
    assert (snippet["start"], snippet["steps"]) == (opening["start"], opening["steps"])
    assert opening["maxSteps"] == STEPS, "the playground must not offer more steps than this test checks"


def figure_module(name: str):
    path = ROOT / "hooks" / "figures" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_static_figure_draws_its_widgets_opening_state(grid):
    """Without JavaScript a reader sees the static figure: it must show what the widget opens on."""
    _, js = grid
    opening = js["openings"]
    softmax = figure_module("information/widget_softmax")
    information = figure_module("information/widget_information")
    bce = figure_module("losses/widget_bce")
    assert opening["softmax"] == {"z": softmax.Z, "T": softmax.T, "y": softmax.Y}, opening["softmax"]
    assert opening["information"] == {"p": information.P, "q": information.Q}, opening["information"]
    assert opening["bce"] == {"z": bce.Z}, opening["bce"]


def test_the_grid_moves_every_control_the_playground_offers(grid):
    """Each optimizer the playground offers is in the grid, and each of its arguments (a slider
    or a tick box there) takes a value other than torch's default in at least one setting."""
    _, js = grid
    offered = js["playground"]["offered"]
    assert set(offered) == set(OPTIMIZER_SETTINGS), (sorted(offered), sorted(OPTIMIZER_SETTINGS))
    unmoved = []
    for name, arguments in offered.items():
        moved = {key for options in OPTIMIZER_SETTINGS[name] for key in options}
        for argument in arguments:
            key = "betas" if argument in ("beta1", "beta2") else argument
            if key not in moved:
                unmoved.append(f"{name}: {argument}")
    assert not unmoved, "playground arguments the grid never changes: " + ", ".join(unmoved)


def test_the_grid_is_the_size_reported():
    """The counts the report quotes: every optimizer x settings x surfaces x (200 steps + the start)."""
    jobs = settings()
    runs = len(jobs["optimizers"])
    total = runs * (STEPS + 1) + len(jobs["softmax"]) + len(jobs["information"]) + len(jobs["bce"])
    print(f"widgets: {runs} optimizer runs, {total} (setting, step) pairs in all")
    assert runs == sum(map(len, OPTIMIZER_SETTINGS.values())) * sum(map(len, STARTS.values()))
